package io.jointresponse.validation;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One id of the catalogue, as documentation: a rule of the notices, or a finding of the wire format
 * or of reading an input. Its stable id, severities, clause (or basis, for findings that come from
 * no clause), the document type it applies to, and its title and messages in Japanese and English.
 * Immutable.
 */
public final class RuleDescription {

    /** What an id of the catalogue reports on. */
    public enum Category {
        /** A rule of the notices, checked on a document (or on the text of a payload). */
        RULE,
        /** A finding of the wire format: a payload that is not JSON, or not a document of its kind. */
        WIRE_FORMAT,
        /** A finding about an input that could not be read at all, such as a missing file. */
        INPUT
    }

    private final String id;
    private final Severity severity;
    private final Set<Severity> severities;
    private final String clause;
    private final Class<?> documentType;
    private final Map<Locale, String> titles;
    private final Map<Locale, String> messages;
    private final Map<String, Map<Locale, String>> variantMessages;
    private final Category category;
    private final String whyNotDisableable;
    private final Basis basis;
    private final String quote;
    private final String reading;

    RuleDescription(String id, Severity severity, Set<Severity> severities, String clause, Class<?> documentType,
            Map<Locale, String> titles, Map<Locale, String> messages, Map<String, Map<Locale, String>> variantMessages,
            Category category, String whyNotDisableable, Basis basis, String quote, String reading) {
        this.category = category;
        this.whyNotDisableable = whyNotDisableable;
        this.id = id;
        this.severity = severity;
        this.severities = severities;
        this.clause = clause;
        this.documentType = documentType;
        this.titles = titles;
        this.messages = messages;
        this.variantMessages = variantMessages;
        this.basis = basis;
        this.quote = quote;
        this.reading = reading;
    }

    /**
     * Returns what the rule rests on: {@link Basis#NOTICE} when a notice says it ({@link #clause()}
     * is where, {@link #quote()} the sentence), {@link Basis#RECORD_INTEGRITY} when it keeps the
     * record consistent with itself, which no notice states ({@link #clause()} is the clause whose
     * records it keeps sound).
     *
     * @return the basis
     */
    public Basis basis() {
        return basis;
    }

    /**
     * Returns the basis and clause as the catalogue writes them: {@code A §1} for a rule of a notice,
     * {@code record integrity (A §1)} for a rule of record integrity.
     *
     * @return the basis text, in English
     */
    public String basisText() {
        return basis == Basis.RECORD_INTEGRITY ? basis.englishLabel() + " (" + clause + ")" : clause;
    }

    /**
     * Returns the Japanese sentence of the notice the rule rests on, as the notice writes it.
     *
     * @return the sentence; empty for a rule of record integrity
     */
    public String quote() {
        return quote;
    }

    /**
     * Returns how the library reads the notice where its text leaves a choice, or what the rule
     * needs besides the document.
     *
     * @return the reading, in English; empty when there is nothing to add
     */
    public String reading() {
        return reading;
    }

    /** @return the stable id, such as {@code AGR-001} */
    public String id() {
        return id;
    }

    /** @return the severity of the rule's main finding */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns every severity a finding of the rule can have. Most rules have one; AGR-003 is an error
     * when vendors are missing and a warning when outsourcing is unknown, and lists both.
     *
     * @return the severities, in enum order
     */
    public Set<Severity> severities() {
        return severities;
    }

    /** @return the severities as the catalogue writes them: {@code E}, {@code W} or {@code E/W} */
    public String severityCode() {
        StringBuilder sb = new StringBuilder();
        for (Severity s : severities) {
            sb.append(sb.length() == 0 ? "" : "/").append(s == Severity.ERROR ? 'E' : 'W');
        }
        return sb.toString();
    }

    /**
     * Returns the clause: of the notice a rule comes from, or the one a rule of record integrity
     * supports, such as {@code A §6(1)} or {@code B §3(2)}; for a finding that no clause rules, its
     * basis: {@code wire format} or {@code input}.
     *
     * @return the clause or basis
     */
    public String clause() {
        return clause;
    }

    /** @return what the id reports on: a rule, the wire format, or an input */
    public Category category() {
        return category;
    }

    /**
     * Returns the model type of the documents the rule applies to, such as {@code Agreement.class};
     * {@code Object.class} for a rule of every document and for the wire-format and input findings,
     * which apply to any payload.
     *
     * @return the type
     */
    public Class<?> documentType() {
        return documentType;
    }

    /**
     * Returns what the id applies to: the name of the document type, such as {@code Agreement}, or
     * {@code every document} for a rule of every kind, {@code payload} for a wire-format finding,
     * {@code input} for an input finding.
     *
     * @return the name
     */
    public String appliesTo() {
        switch (category) {
            case WIRE_FORMAT:
                return "payload";
            case INPUT:
                return "input";
            default:
                return documentType == Object.class ? "every document" : documentType.getSimpleName();
        }
    }

    /**
     * Tells whether the id can be disabled ({@link ValidationOptions.Builder#disableRules(String...)},
     * {@code --disable}): every rule, and {@code SHAPE-UNKNOWN}; not the findings that say no
     * document could be read.
     *
     * @return true when it can be disabled
     */
    public boolean canBeDisabled() {
        return whyNotDisableable.isEmpty();
    }

    /** @return why the id cannot be disabled, in English; empty when it can */
    public String whyNotDisableable() {
        return whyNotDisableable;    }

    /**
     * Returns the short title.
     *
     * @param locale an English or Japanese locale, not null
     * @return the title in that language
     */
    public String title(Locale locale) {
        return titles.get(language(locale));
    }

    /**
     * Returns the main message: what a finding of the rule says.
     *
     * @param locale an English or Japanese locale, not null
     * @return the message in that language
     */
    public String message(Locale locale) {
        return messages.get(language(locale));
    }

    /** @return the main message in Japanese */
    public String japaneseMessage() {
        return message(Locale.JAPANESE);
    }

    /** @return the main message in English */
    public String englishMessage() {
        return message(Locale.ENGLISH);
    }

    /**
     * Returns the more precise messages some findings carry instead of the main one, by variant name
     * (such as {@code unknown} for AGR-003), each in both languages.
     *
     * @return variant name to locale to message; empty for a rule with one message
     */
    public Map<String, Map<Locale, String>> variantMessages() {
        return variantMessages;
    }

    /**
     * Returns the main message or one of the precise messages.
     *
     * @param variant a variant name of {@link #variantMessages()}, or {@code ""} for the main message, not null
     * @param locale an English or Japanese locale, not null
     * @return the message in that language
     * @throws IllegalArgumentException if the id has no such variant
     */
    public String message(String variant, Locale locale) {
        if (variant.isEmpty()) {
            return message(locale);
        }
        Map<Locale, String> texts = variantMessages.get(variant);
        if (texts == null) {
            throw new IllegalArgumentException(id + " has no message variant " + variant);
        }
        return texts.get(language(locale));
    }

    /**
     * Tells which of this rule's messages a finding carries, by its text in either language: the
     * variant name, {@code ""} for the main message.
     *
     * @param message the message of a finding of this rule, not null
     * @return the variant; empty when the text is none of this rule's messages
     */
    public Optional<String> variantOf(String message) {
        Objects.requireNonNull(message, "message");
        if (messages.containsValue(message)) {
            return Optional.of("");
        }
        return variantMessages.entrySet().stream().filter(v -> v.getValue().containsValue(message)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleDescription && ((RuleDescription) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " (" + severityCode() + ", " + basisText() + ", " + appliesTo() + ")";
    }

    private static Locale language(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
