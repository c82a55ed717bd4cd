package io.jointresponse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The downstream test class that the root README shows under "Testing your code with the library"
 * is this module's {@code com.example.intake.IntakeValidationTest}, character for character, so the
 * README's class always compiles and passes. Edit the test, then copy it into the README.
 */
class ReadmeExampleTest {

    private static final String SECTION = "## Testing your code with the library";
    private static final Path EXAMPLE = Path.of("src", "test", "java", "com", "example", "intake", "IntakeValidationTest.java");

    @Test
    void readmeShowsTheDownstreamTestClassAsItIs() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf(SECTION);
        assertThat(section).as("the README has the section \"%s\"", SECTION).isNotNegative();
        int start = readme.indexOf("```java\n", section);
        assertThat(start).as("a Java block in that section").isNotNegative();
        start += "```java\n".length();
        int end = readme.indexOf("```\n", start);
        assertThat(end).as("the end of that block").isNotNegative();

        assertThat(readme.substring(start, end)).isEqualTo(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }
}
