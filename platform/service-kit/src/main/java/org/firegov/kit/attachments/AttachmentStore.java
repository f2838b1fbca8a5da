package org.firegov.kit.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.firegov.kit.domain.InvalidInput;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Evidence files (photos, PDFs) kept durably in the service's own MongoDB through GridFS (collections
 * {@code fs.files} and {@code fs.chunks}), so they survive restarts and are backed up with the read models.
 * <p>
 * Use: {@link #store} a file for an owner (e.g. {@code hazard:<id>}) and record the returned
 * {@link StoredAttachment} in your domain event; later {@link #find} it for the same owner, after checking that the
 * caller may see the owner, and return {@link Download#toResponse()}. If the command that should have used the
 * files fails, {@link #delete} them. Limits: {@link AttachmentProperties}.
 */
public class AttachmentStore {

    private static final String OWNER = "owner";
    private static final String SHA256 = "sha256";
    private static final String MEDIA_TYPE = "mediaType";

    private final GridFsTemplate gridFs;
    private final AttachmentProperties limits;

    public AttachmentStore(GridFsTemplate gridFs, AttachmentProperties limits) {
        this.gridFs = gridFs;
        this.limits = limits;
    }

    /** A stored file's description and content. */
    public record Download(StoredAttachment attachment, Resource content) {

        /** 200 with the sniffed content type, the length and {@code Content-Disposition: attachment}. */
        public ResponseEntity<Resource> toResponse() {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(attachment.contentType()))
                    .contentLength(attachment.size())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(attachment.filename(), StandardCharsets.UTF_8).build().toString())
                    .body(content);
        }
    }

    /**
     * What one upload of several files may hold (form field {@code files}).
     *
     * @param atLeast the fewest non-empty files (0 when evidence is optional)
     * @param atMost  the most files in one upload
     * @param allowed the kinds this upload takes (a subset of the store's allowed types, e.g. photos only)
     */
    public record Upload(int atLeast, int atMost, Set<AttachmentType> allowed) {
    }

    /**
     * Stores every non-empty file of an upload for the owner, then hands the stored files to {@code use} — typically
     * sending the command that records them in a domain event. If the upload breaks its {@link Upload} rules (400 on
     * {@code files}, 413, 415) or {@code use} throws (the command was refused), every file already stored is deleted
     * again, so a refused upload leaves nothing behind.
     */
    public <T> T storeAll(List<MultipartFile> files, String owner, Upload upload,
                          Function<List<StoredAttachment>, T> use) {
        List<MultipartFile> uploads = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
        if (uploads.size() < upload.atLeast() || uploads.size() > upload.atMost()) {
            throw new InvalidInput("files", "between " + upload.atLeast() + " and " + upload.atMost()
                    + " files per upload");
        }
        List<StoredAttachment> stored = new ArrayList<>();
        try {
            for (MultipartFile file : uploads) {
                StoredAttachment attachment = store(file, owner);
                stored.add(attachment);
                if (upload.allowed().stream().noneMatch(type -> type.mediaType().equals(attachment.contentType()))) {
                    throw AttachmentRejected.unsupportedType(attachment.filename(), upload.allowed());
                }
            }
            return use.apply(List.copyOf(stored));
        } catch (RuntimeException refused) {
            stored.forEach(attachment -> delete(attachment.id()));
            throw refused;
        }
    }

    /** Stores an uploaded file for its owner; {@link AttachmentRejected} if too large or of a kind not allowed. */
    public StoredAttachment store(MultipartFile file, String owner) {
        String filename = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "attachment" : file.getOriginalFilename();
        return store(filename, file, file.getSize(), owner);
    }

    /** The same for any content that can be read twice (once to check and hash it, once to store it). */
    public StoredAttachment store(String filename, InputStreamSource content, long size, String owner) {
        if (size > limits.maxSize().toBytes()) {
            throw AttachmentRejected.tooLarge(filename, limits.maxSize().toBytes());
        }
        try {
            byte[] head;
            String sha256;
            try (InputStream in = content.getInputStream()) {
                DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
                head = digest.readNBytes(AttachmentType.SNIFF_LENGTH);
                digest.transferTo(OutputStream.nullOutputStream());
                sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            }
            AttachmentType type = AttachmentType.sniff(head).filter(limits.allowedTypes()::contains)
                    .orElseThrow(() -> AttachmentRejected.unsupportedType(filename, limits.allowedTypes()));
            ObjectId id;
            try (InputStream in = content.getInputStream()) {
                id = gridFs.store(in, filename, type.mediaType(), new Document(OWNER, owner).append(SHA256, sha256)
                        .append(MEDIA_TYPE, type.mediaType()));
            }
            return new StoredAttachment(id.toHexString(), filename, type.mediaType(), size, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file " + filename, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The file, if it exists and belongs to this owner (anything else reads as absent: answer 404). */
    public Optional<Download> find(String id, String owner) {
        GridFSFile file = gridFsFile(id);
        if (file == null || file.getMetadata() == null || !owner.equals(file.getMetadata().getString(OWNER))) {
            return Optional.empty();
        }
        StoredAttachment attachment = new StoredAttachment(id, file.getFilename(),
                file.getMetadata().getString(MEDIA_TYPE), file.getLength(), file.getMetadata().getString(SHA256));
        return Optional.of(new Download(attachment, gridFs.getResource(file)));
    }

    public void delete(String id) {
        if (ObjectId.isValid(id)) {
            gridFs.delete(query(where("_id").is(new ObjectId(id))));
        }
    }

    private GridFSFile gridFsFile(String id) {
        return ObjectId.isValid(id) ? gridFs.findOne(query(where("_id").is(new ObjectId(id)))) : null;
    }
}
