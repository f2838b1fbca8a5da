package org.firegov.inspection.citizenreport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * Signed, expiring tokens of the public report form: {@code <issued millis>.<random nonce>.<HMAC-SHA256>}. Nothing
 * is stored per token: the signature proves the form came from us, the issue time how long it was filled in. A
 * token may not be sent before {@code minimumFillTime} (a bot posts at once) nor after {@code lifetime}.
 */
final class FormTokens {

    /** What the form gets: the token and when it may be sent. */
    record Form(String formToken, Instant issuedAt, Instant notBefore, Instant expiresAt) {
    }

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final Duration minimumFillTime;
    private final Duration lifetime;

    FormTokens(String secret, Duration minimumFillTime, Duration lifetime) {
        byte[] keyBytes = secret == null || secret.isBlank() ? randomBytes(32) : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.minimumFillTime = minimumFillTime;
        this.lifetime = lifetime;
    }

    Form issue(Instant now) {
        String payload = now.toEpochMilli() + "." + BASE64.encodeToString(randomBytes(16));
        return new Form(payload + "." + sign(payload), now, now.plus(minimumFillTime), now.plus(lifetime));
    }

    /** The token's nonce, if it is ours, was filled in long enough and is not too old; else a problem with a code. */
    String check(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !MessageDigest.isEqual(sign(parts[0] + "." + parts[1])
                .getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw new BusinessRuleViolation("form-invalid", "the form token is not one this service issued; "
                    + "load the form again");
        }
        Instant issuedAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        Instant notBefore = issuedAt.plus(minimumFillTime);
        if (now.isBefore(notBefore)) {
            long seconds = Math.max(1, Duration.between(now, notBefore).toMillis() / 1000 + 1);
            throw new BusinessRuleViolation("too-fast", "the form was sent too soon after it was loaded; "
                    + "check it and send it again in " + seconds + " s");
        }
        if (!now.isBefore(issuedAt.plus(lifetime))) {
            throw new BusinessRuleViolation("form-expired", "the form was loaded more than " + lifetime.toMinutes()
                    + " minutes ago; load it again (what you wrote is kept by the page)");
        }
        return parts[1];
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
