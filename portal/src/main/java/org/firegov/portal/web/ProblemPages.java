package org.firegov.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firegov.portal.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors from the APIs as readable pages (or, for a form sent by htmx, as a message next to the form): a 404 says
 * the object does not exist or is outside the user's area, a 400 lists the fields, a 422/409 explains the rule.
 */
@ControllerAdvice
class ProblemPages {

    private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(problem.status() >= 500 ? 502 : problem.status());
        PageModel.addTo(model, request);
        model.addAttribute("problem", problem);
        return Htmx.isHtmx(request) ? "fragments/problem :: problem" : "problem";
    }

    /** A rectification's evidence larger than the portal passes on: the same message as the service's own 413. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        return problem(new ApiProblem(413, "Content Too Large", null, "attachment-too-large", null), request,
                response, model);
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, HttpServletRequest request, HttpServletResponse response,
                       Model model) {
        log.warn("a service did not answer: {}", e.getMessage());
        response.setStatus(503);
        PageModel.addTo(model, request);
        model.addAttribute("problem", new ApiProblem(503, "Service Unavailable", null, null, null));
        return Htmx.isHtmx(request) ? "fragments/problem :: problem" : "problem";
    }
}
