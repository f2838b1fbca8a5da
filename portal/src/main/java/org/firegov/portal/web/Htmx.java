package org.firegov.portal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/** Answers to the forms, which htmx submits (so the CSRF header goes along). */
public final class Htmx {

    private Htmx() {
    }

    /** After a successful action: htmx loads {@code path} as a whole page, which shows "done: {@code what}". */
    public static ResponseEntity<Void> redirect(String path, String what) {
        String target = UriComponentsBuilder.fromPath(path).queryParam("done", what).build().toUriString();
        return ResponseEntity.noContent().header("HX-Redirect", target).build();
    }

    public static boolean isHtmx(jakarta.servlet.http.HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
