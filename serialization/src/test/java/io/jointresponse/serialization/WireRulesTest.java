package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireRulesTest {

    @Test
    void wireRulesListEveryIdOnce() {
        assertThat(WireRules.ids()).doesNotHaveDuplicates().hasSize(8)
                .allSatisfy(id -> assertThat(id).matches("(JSON|SHAPE)-[A-Z]+"));
        assertThat(JointResponseJson.supportedSchemaVersions()).containsExactly("1.0");
    }
}
