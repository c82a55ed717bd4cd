package io.jointresponse.examples;

import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ShareSanitiser;
import java.io.PrintStream;

/**
 * Shows how modus-operandi information is shared outside the police (notice 217, §7): a share
 * drafted from a case still carries the bank's name, corporate number and the people involved,
 * which rule SHR-001 reports field by field; the sanitiser removes every attribute the model
 * classifies as personal or business-identifying, and the result is valid and ready to send.
 */
public final class ShareModusOperandi {

    private ShareModusOperandi() {}

    /**
     * Validates a raw share, sanitises it, validates it again and prints it as JSON.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        JointResponseValidator validator = JointResponseValidator.create();
        OnwardShare raw = CanonicalFixtures.rawOnwardShare();
        Reports.print(out, "raw share", validator.validate(raw));

        OnwardShare safe = ShareSanitiser.sanitise(raw);
        Reports.print(out, "sanitised share", validator.validate(safe));
        out.println(JointResponseJson.strict().writeString(safe));
    }
}
