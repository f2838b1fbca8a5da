package org.firegov.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real JWT issuer standing in for the Keycloak realm {@code firegov}: an RSA key made at startup, its JWKS, and just
 * enough of the token and userinfo endpoints for the authorization-code + PKCE login.
 * <p>
 * Like docker-compose, it has two addresses: tokens carry the public issuer {@link #PUBLIC_ISSUER} (a host nobody
 * serves — only browsers are sent there), while the gateway's own calls go to {@link #internalUri()}.
 */
public final class FakeKeycloak {

    public static final String PUBLIC_ISSUER = "http://keycloak.public.test/realms/firegov";
    public static final String API_AUDIENCE = "firegov-api";
    public static final String CLIENT_ID = "firegov-portal";
    public static final String CLIENT_SECRET = "firegov-portal-demo-secret";
    private static final String REALM_PATH = "/realms/firegov/protocol/openid-connect";

    private final ObjectMapper json = new ObjectMapper();
    private final RSAKey realmKey = rsaKey("realm-key");
    /** Same key id, different key: what a forger would sign with. */
    private final RSAKey forgerKey = rsaKey("realm-key");
    private final Map<String, ApprovedLogin> approvedCodes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> userInfoByAccessToken = new ConcurrentHashMap<>();
    private final HttpServer server;

    /** A login the test approved "in Keycloak": the code the browser brings back, and what was asked for. */
    public record ApprovedLogin(String nonce, String codeChallenge, String redirectUri, Map<String, Object> user) {
    }

    /** What the token endpoint answered, for assertions. */
    public record IssuedTokens(String accessToken, String idToken) {
    }

    private final Map<String, IssuedTokens> issuedByCode = new ConcurrentHashMap<>();

    public FakeKeycloak() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(REALM_PATH + "/certs", exchange -> respond(exchange, 200,
                new JWKSet(realmKey.toPublicJWK()).toString()));
        server.createContext(REALM_PATH + "/token", this::token);
        server.createContext(REALM_PATH + "/userinfo", this::userInfo);
        server.start();
    }

    public String internalUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/firegov";
    }

    public void stop() {
        server.stop(0);
    }

    // ---- bearer tokens -------------------------------------------------------------------------------------------

    /** Claims of a realm access token for the API, valid for five minutes. */
    public JWTClaimsSet.Builder accessTokenClaims(String username, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(PUBLIC_ISSUER)
                .audience(API_AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", username)
                .claim("roles", List.of(roles));
    }

    public String accessToken(String username, String... roles) {
        return sign(accessTokenClaims(username, roles).build());
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, realmKey);
    }

    public String signAsForger(JWTClaimsSet claims) {
        return sign(claims, forgerKey);
    }

    // ---- browser login -------------------------------------------------------------------------------------------

    /** The user logs in at "Keycloak": the given code, brought back by the browser, will be exchanged for tokens. */
    public void approveLogin(String code, ApprovedLogin login) {
        approvedCodes.put(code, login);
    }

    public IssuedTokens tokensIssuedFor(String code) {
        return issuedByCode.get(code);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        ApprovedLogin login = approvedCodes.remove(String.valueOf(form.get("code")));
        String problem = login == null ? "unknown code"
                : !clientAuthenticated(exchange) ? "client authentication failed"
                : !"authorization_code".equals(form.get("grant_type")) ? "wrong grant type"
                : !login.redirectUri().equals(form.get("redirect_uri")) ? "redirect_uri differs"
                : !s256(form.get("code_verifier")).equals(login.codeChallenge()) ? "PKCE verification failed"
                : null;
        if (problem != null) {
            respond(exchange, 400, json.writeValueAsString(Map.of("error", "invalid_grant",
                    "error_description", problem)));
            return;
        }
        String username = (String) login.user().get("preferred_username");
        JWTClaimsSet.Builder access = accessTokenClaims(username);
        login.user().forEach(access::claim);
        JWTClaimsSet accessClaims = access.build();
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder(accessClaims)
                .audience(CLIENT_ID)
                .claim("nonce", login.nonce());
        String accessToken = sign(accessClaims);
        String idToken = sign(id.build());
        Map<String, Object> userInfo = new HashMap<>(login.user());
        userInfo.put("sub", accessClaims.getSubject());
        userInfoByAccessToken.put(accessToken, userInfo);
        issuedByCode.put(String.valueOf(form.get("code")), new IssuedTokens(accessToken, idToken));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", 300);
        response.put("refresh_token", "refresh-" + UUID.randomUUID());
        response.put("id_token", idToken);
        response.put("scope", "openid profile");
        respond(exchange, 200, json.writeValueAsString(response));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, Object> user = authorization == null ? null
                : userInfoByAccessToken.get(authorization.replaceFirst("^Bearer ", ""));
        if (user == null) {
            respond(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        respond(exchange, 200, json.writeValueAsString(user));
    }

    private static boolean clientAuthenticated(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        Arrays.stream(body.split("&")).filter(pair -> !pair.isEmpty()).forEach(pair -> {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        });
        return form;
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
