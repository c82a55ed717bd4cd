package io.jointresponse.cli;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.serialization.JointResponseJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Payload files for the command's tests, written from the canonical fixtures.
 */
final class Payloads {

    static final JointResponseJson JSON = JointResponseJson.strict();

    private Payloads() {}

    static byte[] validAgreement() {
        return JSON.write(CanonicalFixtures.agreement());
    }

    /** An agreement in force with no agreed reportable crime: breaks AGR-004 (an error) only. */
    static byte[] agreementBreakingAgr004() {
        Agreement a = CanonicalFixtures.agreement();
        return JSON.write(Agreement.builder().from(a).reportableCrimes(java.util.List.of()).build());
    }

    /** An agreement with a partner outside the named sectors and no ground recorded: warns AGR-001 only. */
    static byte[] agreementWarningAgr001() {
        Agreement a = CanonicalFixtures.agreement();
        Partner p = Partner.builder().from(a.partner()).sector(Sector.OTHER).sectorDescription("電気事業者").build();
        Agreement broken = Agreement.builder().from(a).partner(p).additionBasis(java.util.Optional.<AdditionBasis>empty()).build();
        return JSON.write(broken);
    }

    /** An agreement whose partner already talks to the security division: warns AGR-002 only. */
    static byte[] agreementWarningAgr002() {
        Agreement a = CanonicalFixtures.agreement();
        Partner p = Partner.builder().from(a.partner()).securityDivisionChannel(true).build();
        return JSON.write(Agreement.builder().from(a).partner(p).build());
    }

    static byte[] validIncidentReport() {
        return JSON.write(CanonicalFixtures.incidentReport());
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }
}
