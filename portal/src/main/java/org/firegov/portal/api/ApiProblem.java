package org.firegov.portal.api;

import java.util.List;

/**
 * An API answered with an error (RFC 9457 problem details): shown to the user as a readable message, with the
 * fields the API named.
 *
 * @param code   the stable business-rule code of a 422/409 (e.g. {@code rectification-not-submitted}), else null
 * @param errors field errors of a 400
 */
public class ApiProblem extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final String code;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, String code, List<FieldError> errors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message key that explains this problem to a user: by code, else by status. */
    public String messageKey() {
        return code != null ? "problem.code." + code : "problem.explain." + status;
    }
}
