package org.firegov.kit.attachments;

/**
 * What the store recorded about a file: keep it (or at least {@code id}) in the domain event that uses the file.
 *
 * @param id          the GridFS file id (24 hex digits)
 * @param filename    the client's file name, for display and download only
 * @param contentType the sniffed media type ({@code image/jpeg}, {@code image/png}, {@code application/pdf})
 * @param size        bytes
 * @param sha256      hex SHA-256 of the content, so evidence can later be shown unaltered
 */
public record StoredAttachment(String id, String filename, String contentType, long size, String sha256) {
}
