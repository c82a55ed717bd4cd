package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.document.Document;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format reads and writes the model although core opens no package and its generated
 * classes are not public: Jackson binds through the public nested builders and writes through the
 * public abstract accessors. The tests run on the module path, where an {@code opens} would matter.
 */
class ModuleAccessTest {

    @Test
    void bindsAndWritesTheModelWithoutCoreOpeningAPackageToJackson() {
        Module core = Agreement.class.getModule();
        Module jackson = JsonMapper.class.getModule();
        assertThat(core.isNamed()).as("core is on the module path").isTrue();
        assertThat(jackson.isNamed()).as("Jackson is on the module path").isTrue();
        for (Document document : Samples.all()) {
            String pkg = document.getClass().getPackageName();
            assertThat(core.isOpen(pkg, jackson)).as("%s is open to Jackson", pkg).isFalse();
            assertThat(Modifier.isPublic(document.getClass().getModifiers()))
                    .as("%s is public", document.getClass().getName()).isFalse();
            RoundTripTest.assertRoundTrip(JointResponseJson.strict(), document);
        }
        assertThat(Samples.all()).anyMatch(OccurrencePublication.class::isInstance);
    }
}
