package io.jointresponse.examples;

import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shows how a service that receives documents from other police systems validates each payload:
 * one validator for the whole service (it is thread-safe and costly to build), one call per request,
 * and every problem of the payload answered at once, each with its JSON Pointer, instead of an
 * exception on the first.
 */
public final class ValidateIncomingPayload {

    /** The answer of the intake endpoint, as an HTTP service would give it. */
    record Response(int status, String body) {}

    /** The endpoint: accepts a valid document, answers 422 with every finding otherwise. */
    static final class Intake {
        private final JointResponseValidator validator = JointResponseValidator.create();

        Response accept(byte[] body) {
            ValidationReport report = validator.validatePayload(body);
            if (report.isValid()) {
                return new Response(202, "accepted with " + report.warnings().size() + " warning(s)");
            }
            String problems = report.findings().stream()
                    .map(f -> String.format(Locale.ROOT, "%s %s %s", f.ruleId(), f.pointer(), f.message()))
                    .collect(Collectors.joining("\n  "));
            return new Response(422, problems);
        }
    }

    private ValidateIncomingPayload() {}

    /**
     * Sends a valid and a broken payload to the endpoint and prints the answers.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Intake intake = new Intake();
        byte[] valid = FixtureFiles.read("payloads/valid/incidentReport.json");
        print(out, "valid incident report", intake.accept(valid));

        // The same report from a system that lost the summary, added a field of its own and sent the
        // detection time as a number: three problems, reported together.
        String broken = new String(valid, StandardCharsets.UTF_8)
                .replaceFirst("\"summary\"\\s*:\\s*\"[^\"]*\",?", "")
                .replaceFirst("\"kind\"", "\"legacyCaseNo\" : \"A-77\",\n  \"kind\"")
                .replaceFirst("\"detectedAt\"\\s*:\\s*\"[^\"]*\"", "\"detectedAt\" : 20250610");
        print(out, "broken incident report", intake.accept(broken.getBytes(StandardCharsets.UTF_8)));
    }

    private static void print(PrintStream out, String what, Response response) {
        out.println(what + ": HTTP " + response.status());
        out.println("  " + response.body());
    }
}
