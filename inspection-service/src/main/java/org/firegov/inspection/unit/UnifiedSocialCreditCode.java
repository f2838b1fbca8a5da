package org.firegov.inspection.unit;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9A-Z} without I, O, S, V, Z; the last one is a
 * check character computed from the first 17 with weights 3^i mod 31.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return code.charAt(17) == ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The full code for 17 leading characters: appends the check character. */
    public static String withCheckCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private UnifiedSocialCreditCode() {
    }
}
