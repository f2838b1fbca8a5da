package org.firegov.integration.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a callback: {@code v1=} and the lower-case hex HMAC-SHA256, keyed with the client's secret,
 * of {@code <X-FireGov-Timestamp> + "." + <body>} (UTF-8). See docs/integration-guide.md for verification.
 */
public final class CallbackSignature {

    public static final String DELIVERY_HEADER = "X-FireGov-Delivery";
    public static final String TIMESTAMP_HEADER = "X-FireGov-Timestamp";
    public static final String SIGNATURE_HEADER = "X-FireGov-Signature";
    public static final String ATTEMPT_HEADER = "X-FireGov-Attempt";

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private CallbackSignature() {
    }
}
