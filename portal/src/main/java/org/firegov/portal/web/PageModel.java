package org.firegov.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.firegov.portal.security.Viewer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is looking, the language, and the gateway's CSRF token for sign-out. */
@ControllerAdvice
class PageModel {

    /**
     * The gateway passes its (masked) CSRF token to the portal in this header, so the sign-out form — handled by the
     * gateway itself — can carry it. Page scripts send the {@code XSRF-TOKEN} cookie back as a header instead.
     */
    static final String GATEWAY_CSRF_HEADER = "X-Gateway-Csrf-Token";

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        addTo(model, request);
    }

    /** Also for error pages, whose model Spring does not fill with {@code @ModelAttribute}s. */
    static void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("viewer", Viewer.of(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("gatewayCsrf", request.getHeader(GATEWAY_CSRF_HEADER));
        model.addAttribute("lang", LocaleConfig.supported(LocaleContextHolder.getLocale()).getLanguage());
        model.addAttribute("path", request.getRequestURI());
    }
}
