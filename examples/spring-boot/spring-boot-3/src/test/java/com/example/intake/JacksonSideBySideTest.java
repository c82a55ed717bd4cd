package com.example.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jointresponse.serialization.JointResponseJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Jackson 2 (the application's) and Jackson 3 (the library's) side by side: the application still
 * maps with Spring Boot 3.5's Jackson 2, and the jackson-annotations that both read is the one
 * jointresponse-bom manages, not the older one Spring Boot manages, so the library starts.
 */
@SpringBootTest
class JacksonSideBySideTest {

    @Autowired
    ObjectMapper applicationMapper;

    @Autowired
    JointResponseJson json;

    @Test
    void theApplicationMapsWithJackson2() {
        assertThat(applicationMapper.version().getMajorVersion()).isEqualTo(2);
        assertThat(applicationMapper.version().getMinorVersion()).isLessThan(22);
    }

    @Test
    void theAnnotationsAreTheVersionTheBomManagesAndTheLibraryStarts() throws ClassNotFoundException {
        assertThat(JsonProperty.class.getPackage().getImplementationVersion()).startsWith("2.22");
        // Added in 2.22 and used by Jackson 3's databind: without it the first write fails.
        assertThat(Class.forName("com.fasterxml.jackson.annotation.JsonApplyView")).isNotNull();
        assertThat(json).isSameAs(JointResponseJson.strict());
    }
}
