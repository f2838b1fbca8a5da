package org.firegov.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void defaultsWithoutAnySetting() {
        Options options = Options.parse(new String[0], Map.of(), new Properties());

        assertThat(options.infraOnly()).isFalse();
        assertThat(options.dataDir()).isNull();
        assertThat(options.ports().get(PortKey.GATEWAY)).isEqualTo(8080);
        assertThat(options.ports().get(PortKey.POSTGRES)).isEqualTo(15432);
    }

    @Test
    void commandLineBeatsSystemPropertyBeatsEnvironment() {
        Properties system = new Properties();
        system.setProperty("firegov.port.gateway", "9090");
        system.setProperty("firegov.port.keycloak", "9191");
        Map<String, String> env = Map.of("FIREGOV_PORT_GATEWAY", "7070", "FIREGOV_PORT_KAFKA_CONTROLLER", "7071",
                "FIREGOV_DATA_DIR", "/tmp/from-env", "FIREGOV_PORT_KEYCLOAK", "7072");

        Options options = Options.parse(new String[] {"--port-keycloak=6060", "--infra-only"}, env, system);

        assertThat(options.ports().get(PortKey.GATEWAY)).isEqualTo(9090);
        assertThat(options.ports().get(PortKey.KEYCLOAK)).isEqualTo(6060);
        assertThat(options.ports().get(PortKey.KAFKA_CONTROLLER)).isEqualTo(7071);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/from-env"));
        assertThat(options.infraOnly()).isTrue();
    }

    @Test
    void valuesMayFollowTheFlag() {
        Options options = Options.parse(new String[] {"--data-dir", "/tmp/x", "--port-postgres", "25432"}, Map.of(),
                new Properties());

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.ports().get(PortKey.POSTGRES)).isEqualTo(25432);
    }

    @Test
    void unknownOptionsAndPortsAreRejected() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--infra"}, Map.of(), new Properties()))
                .hasMessageContaining("unknown option --infra");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port-redis=1"}, Map.of(), new Properties()))
                .hasMessageContaining("unknown port 'redis'");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port-gateway=http"}, Map.of(), new Properties()))
                .hasMessageContaining("must be a port number");
    }
}
