package org.firegov.kit.web.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.CurrentActor;
import org.firegov.kit.web.BufferedBodyRequest;
import org.firegov.kit.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries: a POST with an {@code Idempotency-Key} runs once per caller and key. The same key with the same
 * method, path and body gets the first response again (header {@code Idempotent-Replayed: true}); with anything
 * else a 422 {@code idempotency-key-reused}; while the first is still running a 409
 * {@code idempotency-key-in-progress}. A 5xx answer is not kept, so the retry runs again. Runs after Spring
 * Security, so keys are scoped by the verified caller and a refused caller never stores anything.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final ObjectMapper json;
    private final AntPathMatcher paths = new AntPathMatcher();

    IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties, ObjectMapper json) {
        this.keys = keys;
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || properties.paths().stream().noneMatch(pattern -> paths.match(pattern, request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            if (properties.required()) {
                problem(request, response, HttpStatus.BAD_REQUEST, "idempotency-key-missing",
                        "Send an Idempotency-Key header (1–255 visible ASCII characters, e.g. a UUID) with every POST.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!SANE_KEY.matcher(key).matches()) {
            problem(request, response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid",
                    "An Idempotency-Key is 1–255 visible ASCII characters.");
            return;
        }
        BufferedBodyRequest cached = BufferedBodyRequest.of(request);
        String caller = CurrentActor.get().map(Actor::userId).orElse("anonymous");
        String id = sha256((caller + "\n" + key).getBytes(StandardCharsets.UTF_8));
        String requestHash = sha256(request.getMethod() + " " + request.getRequestURI() + "\n",
                cached.body());
        if (!keys.claim(id, caller, key, requestHash)) {
            answerFromStore(request, response, id, requestHash);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(cached, recorded);
            if (recorded.getStatus() < 500) {
                keys.complete(id, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(id);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerFromStore(HttpServletRequest request, HttpServletResponse response, String id,
                                 String requestHash) throws IOException {
        Optional<IdempotencyRecord> stored = keys.find(id);
        if (stored.isEmpty() || stored.get().state() == IdempotencyRecord.State.IN_PROGRESS) {
            problem(request, response, HttpStatus.CONFLICT, "idempotency-key-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
            return;
        }
        IdempotencyRecord first = stored.get();
        if (!first.requestHash().equals(requestHash)) {
            problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was used with a different request (method, path or body); use a new key.");
            return;
        }
        response.setStatus(first.status());
        response.setHeader(REPLAYED, "true");
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        if (first.body() != null) {
            response.getOutputStream().write(first.body());
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
                         String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, slug, detail);
        problem.setProperty("code", slug);
        Problems.write(json, request, response, problem);
    }

    private static String sha256(String prefix, byte[] body) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return sha256(all);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
