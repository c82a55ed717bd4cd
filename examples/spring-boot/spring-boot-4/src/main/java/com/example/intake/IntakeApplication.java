package com.example.intake;

import io.jointresponse.serialization.JointResponseJacksonModule;
import io.jointresponse.validation.JointResponseValidator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An intake of joint-response agreements over HTTP, on Spring Boot 4 and its Jackson 3 mapper. */
@SpringBootApplication
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }

    /**
     * Spring Boot registers every JacksonModule bean in its JsonMapper, so request and response
     * bodies of the model's types are read and written in the wire format, as strictly as
     * JointResponseJson reads them.
     */
    @Bean
    JointResponseJacksonModule jointResponseJacksonModule() {
        return new JointResponseJacksonModule();
    }

    @Bean
    Languages languages() {
        return new Languages(JointResponseValidator.create());
    }
}
