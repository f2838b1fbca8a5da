package org.firegov.kit.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** The attachment store on the Mongo-wire servers FireGov runs on: memory (tests) and H2 on disk (local stack). */
class AttachmentStoreTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes();

    /** A store on a fresh server with the given backend; closes both after {@code use}. */
    static <T> T withStore(MongoBackend backend, AttachmentProperties limits, Function<AttachmentStore, T> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, "kit");
            MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory),
                    new MongoMappingContext());
            converter.afterPropertiesSet();
            return use.apply(new AttachmentStore(new GridFsTemplate(factory, converter), limits));
        } finally {
            server.shutdownNow();
        }
    }

    static AttachmentProperties defaults() {
        return new AttachmentProperties(DataSize.ofMegabytes(10), null);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void a_png_is_stored_with_its_sniffed_type_and_sha256_and_read_back_only_by_its_owner() throws Exception {
        String expectedSha = sha256(PNG);
        withStore(new MemoryBackend(), defaults(), store -> {
            StoredAttachment stored = store.store(new MockMultipartFile("files", "现场照片.jpg", "text/plain", PNG),
                    "hazard:h-1");
            assertThat(stored.contentType()).isEqualTo("image/png");
            assertThat(stored.size()).isEqualTo(PNG.length);
            assertThat(stored.sha256()).isEqualTo(expectedSha);
            AttachmentStore.Download download = store.find(stored.id(), "hazard:h-1").orElseThrow();
            assertThat(download.attachment()).isEqualTo(stored);
            assertThat(bytes(download)).isEqualTo(PNG);
            assertThat(download.toResponse().getHeaders().getContentDisposition().getFilename()).isEqualTo("现场照片.jpg");
            assertThat(store.find(stored.id(), "hazard:h-2")).isEmpty();
            assertThat(store.find("not-an-id", "hazard:h-1")).isEmpty();
            store.delete(stored.id());
            assertThat(store.find(stored.id(), "hazard:h-1")).isEmpty();
            return null;
        });
    }

    @Test
    void a_stored_file_survives_a_restart_of_the_on_disk_server(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        StoredAttachment stored = withStore(new H2Backend(file), defaults(),
                store -> store.store("整改报告.pdf", new ByteArrayResource(PDF), PDF.length, "hazard:h-1"));
        withStore(new H2Backend(file), defaults(), store -> {
            AttachmentStore.Download download = store.find(stored.id(), "hazard:h-1").orElseThrow();
            assertThat(download.attachment()).isEqualTo(stored);
            assertThat(bytes(download)).isEqualTo(PDF);
            return null;
        });
    }

    @Test
    void a_file_over_the_limit_is_413_and_a_kind_not_allowed_is_415_whatever_its_name_says() {
        AttachmentProperties pdfOnly = new AttachmentProperties(DataSize.ofBytes(20), EnumSet.of(AttachmentType.PDF));
        withStore(new MemoryBackend(), pdfOnly, store -> {
            assertThatThrownBy(() -> store.store(new MockMultipartFile("f", "big.pdf", "application/pdf", new byte[21]),
                    "o")).isInstanceOfSatisfying(AttachmentRejected.class, rejected -> {
                        assertThat(rejected.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                        assertThat(rejected.slug()).isEqualTo("attachment-too-large");
                    });
            assertThatThrownBy(() -> store.store(new MockMultipartFile("f", "photo.png", "image/png", PNG), "o"))
                    .isInstanceOfSatisfying(AttachmentRejected.class, rejected ->
                            assertThat(rejected.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
            assertThatThrownBy(() -> store.store(new MockMultipartFile("f", "evil.pdf", "application/pdf",
                    "#!/bin/sh\nrm -rf /".getBytes()), "o"))
                    .isInstanceOfSatisfying(AttachmentRejected.class, rejected ->
                            assertThat(rejected.slug()).isEqualTo("unsupported-attachment-type"));
            return null;
        });
    }

    private static byte[] bytes(AttachmentStore.Download download) {
        try (var in = download.content().getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
