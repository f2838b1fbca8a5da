package org.firegov.kit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client (see {@link ClientAddress}) to {@link RateLimitProperties#requestsPerMinute()} requests a
 * minute on the configured paths — 429 with {@code Retry-After} as a problem — and refuses bodies larger than
 * {@link RateLimitProperties#maxBodyBytes()} with 413. Counts live in memory per instance: a restart forgets them.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final RateLimitProperties limits;
    private final ClientAddress clients;
    private final ObjectMapper json;
    private final Clock clock;
    private final AntPathMatcher paths = new AntPathMatcher();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {
    }

    public RateLimitFilter(RateLimitProperties limits, ObjectMapper json, Clock clock) {
        this.limits = limits;
        this.clients = new ClientAddress(limits.trustedProxies());
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return limits.paths().stream().noneMatch(pattern -> paths.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > MAX_TRACKED_CLIENTS) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Window window = windows.merge(client, new Window(minute, 1), (old, fresh) ->
                old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() > limits.requestsPerMinute()) {
            long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            refuse(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "Too many requests from your address; retry after " + retryAfter + " seconds."));
            return;
        }
        BufferedBodyRequest bounded = BufferedBodyRequest.bounded(request, limits.maxBodyBytes());
        if (bounded == null) {
            refuse(request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "The request body is larger than " + limits.maxBodyBytes() + " bytes."));
            return;
        }
        chain.doFilter(bounded, response);
    }

    /** With the slug as {@code code} too, so clients tell the refusals apart as they do the domain's. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        String type = problem.getType().toString();
        problem.setProperty("code", type.substring(type.lastIndexOf('/') + 1));
        Problems.write(json, request, response, problem);
    }
}
