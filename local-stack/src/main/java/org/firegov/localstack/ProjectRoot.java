package org.firegov.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project directory: the one holding {@code mvnw}, found from the current directory or the launcher jar. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    static Path find() {
        Path fromCwd = walkUp(Path.of("").toAbsolutePath());
        if (fromCwd != null) {
            return fromCwd;
        }
        try {
            Path self = Path.of(ProjectRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path fromJar = walkUp(self.toAbsolutePath());
            if (fromJar != null) {
                return fromJar;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // no code source
        }
        throw new LocalStackException("Cannot find the FireGov project directory (the one with mvnw) from "
                + Path.of("").toAbsolutePath() + ". Run from the project directory or pass --project-root=<dir>.");
    }

    static Path walkUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.normalize();
            }
        }
        return null;
    }
}
