package org.firegov.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriBuilder;

import java.io.IOException;
import java.net.URI;
import java.util.function.Function;

/**
 * One service's JSON API, called with the signed-in user's own token (so the service applies that user's scope) or
 * without one for the public paths. Answers come back as plain maps and lists for the templates; errors as
 * {@link ApiProblem}.
 */
public final class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final RestClient client;
    private final ObjectMapper json;

    Api(RestClient.Builder builder, URI baseUri, ObjectMapper json) {
        this.json = json;
        this.client = builder.clone()
                .baseUrl(baseUri.toString())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor((request, body, execution) -> {
                    String token = currentToken();
                    if (token != null) {
                        request.getHeaders().setBearerAuth(token);
                    }
                    forwardedFor().ifPresent(chain -> request.getHeaders().set(FORWARDED_FOR, chain));
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                })
                .build();
    }

    /**
     * The browser's address chain as a proxy passes it on: the gateway's {@code X-Forwarded-For} plus the gateway
     * itself. A service's own rate limit (the public survey's) then counts each respondent, not the portal as one.
     */
    private static java.util.Optional<String> forwardedFor() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return java.util.Optional.empty();
        }
        HttpServletRequest incoming = attributes.getRequest();
        String chain = incoming.getHeader(FORWARDED_FOR);
        return java.util.Optional.of(chain == null || chain.isBlank()
                ? incoming.getRemoteAddr() : chain + ", " + incoming.getRemoteAddr());
    }

    public Map<String, Object> object(Function<UriBuilder, URI> uri) {
        return client.get().uri(uri).retrieve().body(OBJECT);
    }

    public List<Map<String, Object>> list(Function<UriBuilder, URI> uri) {
        List<Map<String, Object>> list = client.get().uri(uri).retrieve().body(LIST);
        return list == null ? List.of() : list;
    }

    /** The {@code items} of a paged answer ({@code {items, page, size, total}}). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(Function<UriBuilder, URI> uri) {
        Map<String, Object> page = object(uri);
        return page == null ? List.of() : (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }

    /** POST a JSON body; the answer's JSON (e.g. {@code {hazardId}}) or an empty map for 204. */
    public Map<String, Object> post(String path, Object body, Object... uriVariables) {
        Map<String, Object> answer = client.post().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** POST {@code multipart/form-data} (fields and files as parts); the answer's JSON or an empty map. */
    public Map<String, Object> postMultipart(String path, MultiValueMap<String, ?> parts, Object... uriVariables) {
        Map<String, Object> answer = client.post().uri(path, uriVariables).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().body(OBJECT);
        return answer == null ? Map.of() : answer;
    }

    private static String currentToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? token.getToken().getTokenValue() : null;
    }

    private ApiProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode body;
        try {
            body = json.readTree(response.getBody());
        } catch (IOException notJson) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return new ApiProblem(status, response.getStatusText(), null, null, List.of());
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            errors.add(new ApiProblem.FieldError(error.path("field").asText(null), error.path("message").asText(null)));
        }
        return new ApiProblem(status, body.path("title").asText(response.getStatusText()),
                body.path("detail").asText(null), body.path("code").asText(null), errors);
    }
}
