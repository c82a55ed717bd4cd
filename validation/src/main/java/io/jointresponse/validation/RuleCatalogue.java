package io.jointresponse.validation;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.validation.internal.MessageText;
import io.jointresponse.validation.internal.Messages;
import io.jointresponse.validation.internal.Rule;
import io.jointresponse.validation.internal.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue of every finding id: the rules of the notices, and the findings of the wire
 * format ({@code JSON-SYNTAX}, {@code SHAPE-MISSING}, …) and of reading an input
 * ({@value #INPUT_IO}), each with its severities, clause or basis, and messages in Japanese and
 * English. Systems store and filter on the ids; they never change meaning. Ids are case-insensitive:
 * {@link #find(String)} reads {@code agr-001} as {@code AGR-001}. {@code docs/rules.md} is generated
 * from this catalogue.
 */
public final class RuleCatalogue {

    /** The id of an input that could not be read at all (a missing file, a permission denied). */
    public static final String INPUT_IO = "INPUT-IO";

    /** The basis of the input findings, given where a rule gives its clause. */
    public static final String INPUT_BASIS = "input";

    private static final List<RuleDescription> RULES;
    private static final List<RuleDescription> READING;
    private static final List<RuleDescription> EVERYTHING;

    static {
        List<RuleDescription> rules = new ArrayList<>();
        for (Rule<?> rule : Rules.all()) {
            Map<String, Map<Locale, String>> variants = new LinkedHashMap<>();
            rule.variants().keySet().stream().filter(v -> !v.isEmpty())
                    .forEach(v -> variants.put(v, inBothLanguages(rule.messageKey(v))));
            rules.add(new RuleDescription(rule.id(), rule.severity(), rule.severities(), rule.clause(), rule.documentType(),
                    inBothLanguages(rule.titleKey()), inBothLanguages(rule.messageKey("")),
                    Collections.unmodifiableMap(variants), RuleDescription.Category.RULE, "", rule.basis(), rule.quote(), rule.note()));
        }
        RULES = Collections.unmodifiableList(rules);

        List<RuleDescription> reading = new ArrayList<>();
        for (String id : WireRules.ids()) {
            Map<Locale, String> titles = new LinkedHashMap<>();
            Map<Locale, String> messages = new LinkedHashMap<>();
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                titles.put(locale, WireRules.title(id, locale));
                messages.put(locale, WireRules.message(id, locale));
            }
            String why = id.equals(WireRules.SHAPE_UNKNOWN) ? ""
                    : "it says that the payload could not be read as a document, and nothing else can be checked without one";
            reading.add(new RuleDescription(id, Severity.ERROR, WireRules.severities(id), WireRules.CLAUSE, Object.class,
                    Collections.unmodifiableMap(titles), Collections.unmodifiableMap(messages), Map.of(),
                    RuleDescription.Category.WIRE_FORMAT, why, Basis.WIRE_FORMAT, "", ""));
        }
        Map<String, Map<Locale, String>> ioVariants = new LinkedHashMap<>();
        for (String variant : List.of("noSuchFile", "accessDenied", "fileSystem", "other")) {
            ioVariants.put(variant, inBothLanguages("input." + INPUT_IO + "." + variant));
        }
        reading.add(new RuleDescription(INPUT_IO, Severity.ERROR, EnumSet.of(Severity.ERROR), INPUT_BASIS, Object.class,
                inBothLanguages("input." + INPUT_IO + ".title"), inBothLanguages("input." + INPUT_IO),
                Collections.unmodifiableMap(ioVariants), RuleDescription.Category.INPUT,
                "it says that the input could not be read at all, and nothing can be checked without it", Basis.INPUT, "", ""));
        READING = Collections.unmodifiableList(reading);

        List<RuleDescription> everything = new ArrayList<>(RULES);
        everything.addAll(READING);
        EVERYTHING = Collections.unmodifiableList(everything);
    }

    private RuleCatalogue() {}

    /** @return every rule of the notices, in catalogue order (by area of the notices, then id) */
    public static List<RuleDescription> all() {
        return RULES;
    }

    /**
     * Returns the findings about reading a payload or an input, which come from the wire format
     * and from the input rather than from a rule of the notices.
     *
     * @return the wire-format findings in the order of {@link WireRules#ids()}, then {@value #INPUT_IO}
     */
    public static List<RuleDescription> readingFindings() {
        return READING;
    }

    /** @return every id of the catalogue: the rules, then the findings about reading */
    public static List<RuleDescription> everything() {
        return EVERYTHING;
    }

    /**
     * Finds an id of the catalogue: a rule, a wire-format finding or an input finding.
     *
     * @param ruleId an id such as {@code AGR-001} or {@code SHAPE-MISSING}, in any case, not null
     * @return its description; empty for an id not in the catalogue
     */
    public static Optional<RuleDescription> find(String ruleId) {
        String id = ruleId.strip().toUpperCase(Locale.ROOT);
        return EVERYTHING.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns the rules of the notices that can report a severity.
     *
     * @param severity error or warning, not null
     * @return those rules, in catalogue order
     */
    public static List<RuleDescription> withSeverity(Severity severity) {
        return RULES.stream().filter(r -> r.severities().contains(severity)).toList();
    }

    private static Map<Locale, String> inBothLanguages(String key) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        // Placeholders name the NPA units by role here: which unit a finding names depends on its
        // document's date.
        texts.put(Locale.JAPANESE, MessageText.generic(Messages.get(key, Locale.JAPANESE)));
        texts.put(Locale.ENGLISH, MessageText.generic(Messages.get(key, Locale.ENGLISH)));
        return Collections.unmodifiableMap(texts);
    }
}
