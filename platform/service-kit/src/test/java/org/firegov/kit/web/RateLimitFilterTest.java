package org.firegov.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:15Z"), ZoneOffset.UTC);
    private final RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(
            List.of("/api/x/public/surveys/**"), 2, 100, List.of()), new ObjectMapper(), clock);

    private MockHttpServletResponse call(String path, String remote, int bodyBytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(remote);
        request.setContent(new byte[bodyBytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_client_over_its_limit_gets_429_with_retry_after_until_the_minute_ends_and_others_are_unaffected()
            throws Exception {
        assertThat(call("/api/x/public/surveys/s/tokens", "203.0.113.9", 0).getStatus()).isEqualTo(200);
        assertThat(call("/api/x/public/surveys/s/tokens", "203.0.113.9", 0).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = call("/api/x/public/surveys/s/tokens", "203.0.113.9", 0);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("45");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"too-many-requests\"");
        assertThat(call("/api/x/public/surveys/s/tokens", "203.0.113.10", 0).getStatus()).isEqualTo(200);
        assertThat(call("/api/x/public/campaign-calendar", "203.0.113.9", 0).getStatus()).isEqualTo(200);
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_read() throws Exception {
        MockHttpServletResponse refused = call("/api/x/public/surveys/s/responses", "203.0.113.11", 101);
        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentAsString()).contains("\"code\":\"payload-too-large\"");
    }
}
