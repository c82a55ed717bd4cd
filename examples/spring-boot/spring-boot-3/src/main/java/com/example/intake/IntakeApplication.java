package com.example.intake;

import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.validation.JointResponseValidator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An intake of joint-response documents over HTTP, on Spring Boot 3.5: the application's own mapper
 * is Jackson 2, the library's wire format is Jackson 3, side by side.
 */
@SpringBootApplication
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }

    /**
     * The wire format's writer. Made at start, so that a jackson-annotations too old for Jackson 3
     * stops the application there, with a message naming the version to pin.
     */
    @Bean
    JointResponseJson jointResponseJson() {
        return JointResponseJson.strict();
    }

    /**
     * Lenient intake: a property the wire format does not define is a warning, and is kept, so
     * that the document goes back as it came; everything else is read strictly.
     */
    @Bean
    Languages languages() {
        return new Languages(JointResponseValidator.builder().unknownFields(UnknownFieldPolicy.KEEP).build());
    }
}
