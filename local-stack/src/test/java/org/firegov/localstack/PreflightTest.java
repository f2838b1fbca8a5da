package org.firegov.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Problems found before anything starts. */
class PreflightTest {

    @TempDir
    Path tempDir;

    @Test
    void aBusyPortIsNamedWithItsPartAndHowToChangeIt() throws IOException {
        try (ServerSocket busy = new ServerSocket(0)) {
            int port = busy.getLocalPort();
            LocalStack stack = LocalStack.builder()
                    .projectRoot(TestProject.root())
                    .dataDir(tempDir)
                    .freePorts()
                    .port(PortKey.KAFKA_CONTROLLER, port)
                    .infraOnly()
                    .realmFile(TestProject.realmFile())
                    .keycloakHome(TestProject.keycloakHome())
                    .quiet()
                    .build();

            assertThatThrownBy(stack::start)
                    .isInstanceOfSatisfying(PortInUseException.class,
                            e -> assertThat(e.busyPorts()).containsExactly(PortKey.KAFKA_CONTROLLER))
                    .hasMessageContaining("Port " + port + " (kafka-controller) is already in use by pid "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("--port-kafka-controller=<port>")
                    .hasMessageContaining("FIREGOV_PORT_KAFKA_CONTROLLER=<port>")
                    .hasMessageContaining("Nothing was started.");
        }
        assertThat(Files.exists(tempDir.resolve("postgres"))).isFalse();
    }

    @Test
    void leftoversOfAnEarlierStartAreNamedWithTheirPid() throws IOException {
        long pid = ProcessHandle.current().pid(); // stands in for a Kafka that outlived its launcher
        Files.createDirectories(tempDir.resolve("run"));
        Files.writeString(tempDir.resolve("run/kafka.pid"), Long.toString(pid));
        try (ServerSocket busy = new ServerSocket(0)) {
            LocalStack stack = LocalStack.builder()
                    .projectRoot(TestProject.root())
                    .dataDir(tempDir)
                    .freePorts()
                    .port(PortKey.KAFKA, busy.getLocalPort())
                    .infraOnly()
                    .realmFile(TestProject.realmFile())
                    .keycloakHome(TestProject.keycloakHome())
                    .quiet()
                    .build();

            assertThatThrownBy(stack::start)
                    .hasMessageContaining("earlier start of this stack that was not stopped")
                    .hasMessageContaining("Stop it with: kill " + pid);
        }
    }

    @Test
    void aMissingServiceJarSaysToBuildFirst() throws IOException {
        Path project = TestProject.fakeProject(tempDir.resolve("project"), FakeService.class);
        Files.delete(project.resolve("training-service/target/training-service.jar"));
        LocalStack stack = LocalStack.builder()
                .projectRoot(project)
                .dataDir(tempDir.resolve("data"))
                .freePorts()
                .realmFile(TestProject.realmFile())
                .keycloakHome(TestProject.keycloakHome())
                .quiet()
                .build();

        assertThatThrownBy(stack::start)
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("training-service.jar is missing")
                .hasMessageContaining("./mvnw -DskipTests package");
        assertThat(Files.exists(tempDir.resolve("data/postgres"))).isFalse();
    }

    @Test
    void twoPartsOnOnePortAreRejected() {
        LocalStack stack = LocalStack.builder()
                .projectRoot(TestProject.root())
                .dataDir(tempDir)
                .freePorts()
                .port(PortKey.MONGO, 45_678)
                .port(PortKey.POSTGRES, 45_678)
                .infraOnly()
                .quiet()
                .build();

        assertThatThrownBy(stack::start)
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Port 45678 is configured for both postgres and mongo");
    }
}
