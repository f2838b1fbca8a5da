import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A scripted government-service platform against a running FireGov (local stack): registers a callback receiver,
 * submits a notification-commitment application through the gateway, lets the brigade (demo user brigade1) process
 * it, prints every signed callback it receives with its verification, and reads the disclosure feed.
 *
 * <pre>java integration-service/demo/PlatformClientDemo.java [gateway] [keycloak]</pre>
 * Defaults: http://localhost:8080 and http://localhost:8180. JDK 17, no dependencies.
 */
public class PlatformClientDemo {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String gateway;
    static String realm;

    public static void main(String[] args) throws Exception {
        gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        realm = (args.length > 1 ? args[1] : "http://localhost:8180") + "/realms/firegov/protocol/openid-connect/token";
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        BlockingQueue<String> callbacks = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/callbacks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String ts = exchange.getRequestHeaders().getFirst("X-FireGov-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-FireGov-Signature");
            boolean valid = verify(secret, ts, body, signature);
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
            callbacks.add((valid ? "signature OK  " : "BAD SIGNATURE ") + field(body, "status") + "  seq "
                    + field(body, "sequence") + "  delivery " + exchange.getRequestHeaders().getFirst("X-FireGov-Delivery"));
        });
        receiver.start();
        try {
            String platform = token("grant_type=client_credentials&client_id=gov-platform&client_secret="
                    + System.getenv().getOrDefault("GOV_PLATFORM_CLIENT_SECRET", "gov-platform-demo-secret"));
            String brigade = token("grant_type=password&client_id=firegov-cli&username=brigade1&password=demo");

            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callbacks";
            show("register callback", call("PUT", "/api/integration/callback", platform,
                    "{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\"}", null));
            String submitted = call("POST", "/api/integration/opening-applications", platform, """
                    {"venueName":"星光影院","creditCode":"91500238MA5U7K3L74","town":"xiabao","address":"下堡镇正街1号",
                     "commitment":"本单位承诺场所符合消防安全要求","attachments":[{"name":"承诺书.pdf",
                     "url":"https://zwfw.example/files/1","sha256":"%s"}]}""".formatted(sha256("承诺书")),
                    UUID.randomUUID().toString());
            show("submit application", submitted);
            String id = field(submitted, "applicationId");

            String base = "/api/inspection/opening-applications/" + id;
            show("brigade accepts", call("POST", base + "/acceptance", brigade, null, null));
            String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
            show("brigade schedules the check", call("POST", base + "/check-schedule", brigade,
                    "{\"checkDate\":\"" + day + "\"}", null));
            show("brigade records the result", call("POST", base + "/check-result", brigade,
                    "{\"passed\":true}", null));

            for (int i = 0; i < 4; i++) {
                String callback = callbacks.poll(60, TimeUnit.SECONDS);
                System.out.println("callback      " + (callback == null ? "(none within 60 s)" : callback));
            }
            show("application status", call("GET", "/api/integration/opening-applications/" + id, platform, null, null));
            show("disclosure feed", call("GET", "/api/integration/disclosures?after=0&limit=5", platform, null, null));
        } finally {
            receiver.stop(0);
        }
    }

    static boolean verify(String secret, String timestamp, String body, String signature) {
        try {
            if (Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            return false;
        }
    }

    static String token(String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realm))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String token = field(response.body(), "access_token");
        if (token == null) {
            throw new IllegalStateException("no token from " + realm + ": " + response.body());
        }
        return token;
    }

    static String call(String method, String path, String token, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if ("POST".equals(method) && path.startsWith("/api/integration/")) {
            request.header("Idempotency-Key", idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    static void show(String step, String result) {
        System.out.println(String.format("%-28s %s", step, result.length() > 300 ? result.substring(0, 300) + "…" : result));
    }

    /** A top-level-ish JSON string or number field, enough for a demo (no JSON library in a single-file program). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|(-?\\d+))").matcher(json);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
