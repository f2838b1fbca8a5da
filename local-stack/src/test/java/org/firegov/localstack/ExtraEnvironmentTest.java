package org.firegov.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variables added for one child (the benchmarks' baseline route, say) reach that child only. */
class ExtraEnvironmentTest {

    @TempDir
    Path tempDir;

    @Test
    void aVariableForOneServiceIsAddedToItsContractAndNobodyElses() {
        LocalStack stack = LocalStack.builder()
                .projectRoot(TestProject.root())
                .dataDir(tempDir)
                .freePorts()
                .environment("gateway", "FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI", "http://127.0.0.1:18089")
                .environment("inspection-service", "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,readmodels")
                .quiet()
                .build();

        assertThat(stack.serviceEnvironment("gateway"))
                .containsEntry("FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI", "http://127.0.0.1:18089")
                .containsKey("INSPECTION_SERVICE_URI");
        assertThat(stack.serviceEnvironment("inspection"))
                .containsEntry("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,readmodels")
                .containsKey("SPRING_DATASOURCE_URL");
        assertThat(stack.serviceEnvironment("accountability"))
                .doesNotContainKeys("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI");
    }
}
