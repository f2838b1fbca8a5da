package org.firegov.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** The real project around the tests, and fake projects whose "service jars" run {@link FakeService}. */
final class TestProject {

    private TestProject() {
    }

    static Path root() {
        Path root = ProjectRoot.walkUp(Path.of("").toAbsolutePath());
        if (root == null) {
            throw new IllegalStateException("tests must run inside the FireGov project");
        }
        return root;
    }

    /** The real realm file; another one with -Dfiregov.realm-file. */
    static Path realmFile() {
        String override = System.getProperty("firegov.realm-file");
        return override != null ? Path.of(override) : root().resolve("keycloak").resolve("firegov-realm.json");
    }

    static Path keycloakHome() {
        String fromPom = System.getProperty("firegov.keycloak-home");
        return fromPom != null ? Path.of(fromPom) : root().resolve("local-stack").resolve("target").resolve("keycloak");
    }

    /** A project directory with mvnw and, for every service, a jar that runs {@code mainClass} from test-classes. */
    static Path fakeProject(Path dir, Class<?> mainClass) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("mvnw"), "");
            Files.writeString(dir.resolve("pom.xml"), "");
            for (PlatformService service : PlatformService.values()) {
                writeServiceJar(dir, service, mainClass);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeServiceJar(Path projectDir, PlatformService service, Class<?> mainClass) {
        Path jar = projectDir.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses().toUri().toString());
        try {
            Files.createDirectories(jar.getParent());
            new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
