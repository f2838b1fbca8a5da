package org.firegov.inspection.citizenreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The identifiers of a citizen's report: its id (from the form token's nonce: one form, one report), its tracking
 * code (random, unguessable, easy to read out: no 0/O, 1/I/L), and the duplicate key of its place and text.
 */
final class ReportKeys {

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    static String reportIdOf(String formNonce) {
        return UUID.nameUUIDFromBytes(("citizen-report-form|" + formNonce).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** 12 characters of 31 (about 59 bits), shown as {@code XXXX-XXXX-XXXX}. */
    static String newTrackingCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person may type it (lower case, spaces, without hyphens) in its stored form. */
    static String normalisedTrackingCode(String typed) {
        String bare = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (bare.length() != CODE_LENGTH) {
            return null;
        }
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
    }

    /**
     * The place (a unit, or town and address) and the text, compared without case, width or white space: the same
     * words at the same place give the same key.
     */
    static String duplicateKeyOf(String unitId, String town, String address, String description) {
        String place = unitId != null ? "unit:" + unitId : "address:" + (town == null ? "" : town) + "|"
                + normalised(address);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((place + "|" + normalised(description)).getBytes(StandardCharsets.UTF_8));
            return "report-text-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private ReportKeys() {
    }
}
