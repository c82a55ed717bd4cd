package com.example.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Without the BOM's jackson-annotations, with the older one Spring Boot 3.5 manages, the application
 * does not start: the library stops it at once with a message that names the dependency to pin,
 * rather than fail with a NoClassDefFoundError inside Jackson at the first write. Run only by the
 * profile jackson-annotations-of-spring-boot.
 */
@EnabledIfSystemProperty(named = "intake.jackson-annotations", matches = "spring-boot")
class SpringBootsOwnAnnotationsTest {

    @Test
    void theApplicationDoesNotStartAndTheMessageNamesThePin() {
        assertThat(JsonProperty.class.getPackage().getImplementationVersion()).doesNotStartWith("2.22");

        assertThatThrownBy(() -> new SpringApplicationBuilder(IntakeApplication.class).web(WebApplicationType.NONE).run().close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version " + JsonProperty.class.getPackage().getImplementationVersion())
                .hasMessageContaining("Pin com.fasterxml.jackson.core:jackson-annotations:2.22")
                .hasMessageContaining("io.jointresponse:jointresponse-bom");
    }
}
