package io.jointresponse.validation;

import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.internal.MessageText;
import io.jointresponse.validation.internal.Messages;
import io.jointresponse.validation.internal.Rule;
import io.jointresponse.validation.internal.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue of the rules of the notices: every rule's stable id, severities, clause,
 * document type, and messages in Japanese and English. Systems store and filter on the ids; they never
 * change meaning. {@code docs/rules.md} is generated from this catalogue.
 */
public final class RuleCatalogue {

    private static final List<RuleDescription> ALL;

    static {
        List<RuleDescription> all = new ArrayList<>();
        for (Rule<?> rule : Rules.all()) {
            Map<String, Map<Locale, String>> variants = new LinkedHashMap<>();
            rule.variants().keySet().stream().filter(v -> !v.isEmpty())
                    .forEach(v -> variants.put(v, inBothLanguages(rule.messageKey(v))));
            all.add(new RuleDescription(rule.id(), rule.severity(), rule.severities(), rule.clause(), rule.documentType(),
                    inBothLanguages(rule.titleKey()), inBothLanguages(rule.messageKey("")),
                    Collections.unmodifiableMap(variants), rule.basis(), rule.quote(), rule.note()));
        }
        ALL = Collections.unmodifiableList(all);
    }

    private RuleCatalogue() {}

    /** @return every rule, in catalogue order (by area of the notices, then id) */
    public static List<RuleDescription> all() {
        return ALL;
    }

    /**
     * Finds a rule by id.
     *
     * @param ruleId a rule id such as {@code AGR-001}, not null
     * @return the rule; empty for an id not in the catalogue (structural ids such as
     *     {@code SHAPE-MISSING} belong to the wire format, not to the catalogue)
     */
    public static Optional<RuleDescription> find(String ruleId) {
        return ALL.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * Returns the rules that can report a severity.
     *
     * @param severity error or warning, not null
     * @return those rules, in catalogue order
     */
    public static List<RuleDescription> withSeverity(Severity severity) {
        return ALL.stream().filter(r -> r.severities().contains(severity)).toList();
    }

    private static Map<Locale, String> inBothLanguages(String key) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        // Placeholders name the NPA units by role here: which unit a finding names depends on its
        // document's date.
        texts.put(Locale.JAPANESE, MessageText.generic(Messages.get(key, Locale.JAPANESE), Locale.JAPANESE));
        texts.put(Locale.ENGLISH, MessageText.generic(Messages.get(key, Locale.ENGLISH), Locale.ENGLISH));
        return Collections.unmodifiableMap(texts);
    }
}
