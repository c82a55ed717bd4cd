package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules that check a whole document only ({@link Rule#isWholeDocumentOnly()}), once for the
 * document validated and never for the documents it holds.
 */
public final class WholeDocumentRules {

    private WholeDocumentRules() {}

    /**
     * Runs the enabled whole-document rules of a document.
     *
     * @param document the document validated, not null
     * @param context the caller's context, not null
     * @param options the options of the call, not null
     * @return their findings
     */
    public static List<Finding> findings(Object document, ValidationContext context, ValidationOptions options) {
        List<Finding> findings = new ArrayList<>(0);
        RuleContext ruleContext = null;
        Optional<LocalDate> day = Optional.empty();
        for (Rule<?> rule : Rules.all()) {
            if (!rule.isWholeDocumentOnly() || !rule.documentType().isInstance(document) || !options.isEnabled(rule.id())) {
                continue;
            }
            if (ruleContext == null) {
                ruleContext = new RuleContext(context, options);
                day = GoverningDate.of(document).map(GoverningDate.Dated::day);
            }
            Optional<LocalDate> governing = day;
            rule.run(document, ruleContext, (variant, where, arguments) -> {
                Severity severity = rule.variants().get(variant);
                if (severity == null) {
                    throw new IllegalArgumentException("Rule " + rule.id() + " has no message variant " + variant);
                }
                String message = MessageText.render(Messages.get(rule.messageKey(variant), options.locale()), arguments,
                        governing, options.locale());
                findings.add(Finding.of(rule.id(), severity, where, message, rule.clause(), rule.basis()));
            });
        }
        return findings;
    }
}
