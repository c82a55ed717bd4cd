package io.jointresponse.validation;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the catalogue, as documentation: its stable id, severities, clause, the document type
 * it applies to, and its title and messages in Japanese and English. Immutable.
 */
public final class RuleDescription {

    private final String id;
    private final Severity severity;
    private final Set<Severity> severities;
    private final String clause;
    private final Class<?> documentType;
    private final Map<Locale, String> titles;
    private final Map<Locale, String> messages;
    private final Map<String, Map<Locale, String>> variantMessages;
    private final Basis basis;
    private final String quote;
    private final String reading;

    RuleDescription(String id, Severity severity, Set<Severity> severities, String clause, Class<?> documentType,
            Map<Locale, String> titles, Map<Locale, String> messages, Map<String, Map<Locale, String>> variantMessages,
            Basis basis, String quote, String reading) {
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
        return basis == Basis.NOTICE ? clause : basis.englishLabel() + " (" + clause + ")";
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
     * supports; such as {@code A §6(1)} or {@code B §3(2)}.
     *
     * @return the clause
     */
    public String clause() {
        return clause;
    }

    /**
     * Returns the model type of the documents the rule applies to, such as {@code Agreement.class};
     * {@code Object.class} for a rule of every document.
     *
     * @return the type
     */
    public Class<?> documentType() {
        return documentType;
    }

    /** @return the name of the document type, such as {@code Agreement}, or {@code every document} */
    public String appliesTo() {
        return documentType == Object.class ? "every document" : documentType.getSimpleName();
    }

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
