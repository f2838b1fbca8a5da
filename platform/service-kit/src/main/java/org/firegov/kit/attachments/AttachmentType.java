package org.firegov.kit.attachments;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence the store accepts, recognised by their first bytes (magic numbers), never by the file name
 * or the client's Content-Type: a renamed script stays a script.
 */
public enum AttachmentType {

    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    /** How many leading bytes {@link #sniff} needs at most. */
    static final int SNIFF_LENGTH = 8;

    private final String mediaType;
    private final byte[] magic;

    AttachmentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose magic number the content starts with, if any. */
    public static Optional<AttachmentType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
