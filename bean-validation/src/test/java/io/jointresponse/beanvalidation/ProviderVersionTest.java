package io.jointresponse.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The run tests the Hibernate Validator line its build names, and says which. */
class ProviderVersionTest {

    @Test
    void theHibernateValidatorOfTheRunIsTheOneTheBuildNames() throws IOException {
        String expected = System.getProperty("jointresponse.expectedHibernateValidator");
        assertThat(expected).as("the build names the version it tests").isNotBlank();
        Properties pom = new Properties();
        try (InputStream in = HibernateValidator.class.getResourceAsStream(
                "/META-INF/maven/org.hibernate.validator/hibernate-validator/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        }
        String actual = pom.getProperty("version", HibernateValidator.class.getPackage().getImplementationVersion());
        System.out.printf("bean validation: Hibernate Validator %s%n", actual);
        assertThat(actual).isEqualTo(expected);
    }
}
