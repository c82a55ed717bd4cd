package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.validation.internal.RulesDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesDocumentTest {

    /** The module directory is the working directory of the tests. */
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void committedRulesDocumentIsUpToDate() throws IOException {
        String expected = RulesDocument.render();
        if (!Files.exists(DOC)) {
            fail("docs/rules.md is missing; generate it with: " + RulesDocument.COMMAND);
        }
        String committed = Files.readString(DOC, StandardCharsets.UTF_8);
        if (!committed.equals(expected)) {
            fail("docs/rules.md differs from the rule catalogue in the code; regenerate it with: " + RulesDocument.COMMAND);
        }
    }

    @Test
    void documentListsEveryRule() {
        String text = RulesDocument.render();
        for (RuleDescription r : RuleCatalogue.all()) {
            assertThat(text).contains("| " + r.id() + " | " + r.severityCode() + " | " + r.basisText() + " | " + r.appliesTo() + " |");
        }
    }

    @Test
    void documentQuotesTheSentenceOfEveryNoticeRuleAndMarksTheRulesOfIntegrity() {
        String text = RulesDocument.render();
        for (RuleDescription r : RuleCatalogue.all()) {
            if (r.basis() == Basis.NOTICE) {
                assertThat(text).contains("Notice " + r.clause() + ": 「" + r.quote() + "」");
            } else {
                assertThat(text).contains("| " + r.id() + " | " + r.severityCode() + " | record integrity (" + r.clause() + ")");
            }
        }
    }
}
