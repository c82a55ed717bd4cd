package io.jointresponse.benchmarks;

import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code jointresponse validate <file>} does, for the cold-start figure while the CLI has no
 * jar: validates one payload once in a fresh JVM and prints the report.
 */
public final class ValidateOnce {

    private ValidateOnce() {}

    /**
     * Validates a file.
     *
     * @param args the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ValidateOnce <file.json>");
            System.exit(2);
        }
        ValidationReport report = JointResponseValidator.create().validatePayload(Files.readAllBytes(Path.of(args[0])));
        System.out.println(report);
        System.exit(report.isValid() ? 0 : 1);
    }
}
