package io.jointresponse.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReaderOptions;
import io.jointresponse.serialization.WireRules;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wire format's findings speak English or Japanese, from two complete bundles. */
class WireMessagesTest {

    private static final String BROKEN = "{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\",\"id\":7,\"legacyNo\":1}";

    @Test
    void bothBundlesHaveTheSameKeysAndEveryIdItsTitleAndMessage() {
        assertThat(WireMessages.bundle("_ja").keySet()).isEqualTo(WireMessages.bundle("").keySet());
        for (String id : WireRules.ids()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                assertThat(WireRules.title(id, locale)).as(id).isNotBlank();
                assertThat(WireRules.message(id, locale)).as(id).isNotBlank();
            }
            assertThat(WireRules.message(id, Locale.JAPANESE)).as(id).matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*");
        }
    }

    @Test
    void aReaderSpeaksTheLanguageOfItsOptionsWhateverTheJvmsDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            List<Finding> english = JointResponseJson.strict().read(BROKEN).findings();
            assertThat(english).extracting(Finding::message).allMatch(m -> m.matches("[\\x20-\\x7e]+"));
            List<Finding> japanese = JointResponseJson.strict()
                    .withOptions(ReaderOptions.strict().withLocale(Locale.JAPAN)).read(BROKEN).findings();
            assertThat(japanese).extracting(Finding::ruleId).isEqualTo(english.stream().map(Finding::ruleId).toList());
            assertThat(japanese).extracting(Finding::pointer).isEqualTo(english.stream().map(Finding::pointer).toList());
            assertThat(japanese).extracting(Finding::message).allMatch(m -> m.matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void parametersAreFilledAndNoneIsLeft() {
        assertThat(WireMessages.of(Locale.JAPANESE).text("syntax.where", 2, 5)).isEqualTo("(2行5列)");
        assertThat(WireMessages.ENGLISH.text("limit.depth", 64)).isEqualTo("nesting deeper than 64 levels");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            for (Finding f : JointResponseJson.strict().withOptions(ReaderOptions.strict().withLocale(locale)).read(BROKEN).findings()) {
                assertThat(f.message()).doesNotContain("{", "}");
            }
        }
    }
}
