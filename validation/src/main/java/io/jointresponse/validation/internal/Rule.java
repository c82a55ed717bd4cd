package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the notices: a stable id, its severity, its basis and clause, the document type it
 * applies to, and its check.
 *
 * <p>A rule's basis is either a notice's words ({@link Basis#NOTICE}: the clause says where, and
 * {@link #quote()} gives the Japanese sentence the rule rests on) or the integrity of the record
 * ({@link Basis#RECORD_INTEGRITY}: no notice states the rule, and the clause is the one whose
 * records it keeps sound). A rule is a notice rule unless {@link #recordIntegrity()} says otherwise.
 *
 * <p>A rule has one main message ({@code rule.<id>}) and may have variants ({@code
 * rule.<id>.<variant>}) that say more precisely what is wrong; a variant may carry its own severity,
 * which is how a rule such as AGR-003 is an error in one case and a warning in another.
 *
 * @param <T> the document type
 */
public final class Rule<T> {

    /** The suffix reserved for a rule's short title in the message bundles. */
    public static final String TITLE = "title";

    private final String id;
    private final Severity severity;
    private final String clause;
    private final Class<T> documentType;
    private final Map<String, Severity> variants;
    private final Check<T> check;
    private final String note;
    private final Basis basis;
    private final String quote;
    private final boolean wholeDocument;

    /**
     * The check of a rule.
     *
     * @param <T> the document type
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * Checks one document and reports what breaks the rule.
         *
         * @param document the document, not null
         * @param context the explicit context of the call, not null
         * @param sink where findings go, not null
         */
        void run(T document, RuleContext context, FindingSink sink);
    }

    private Rule(String id, Severity severity, String clause, Class<T> documentType, Map<String, Severity> variants,
            Check<T> check, String note, Basis basis, String quote, boolean wholeDocument) {
        this.id = id;
        this.severity = severity;
        this.clause = clause;
        this.documentType = documentType;
        this.variants = Collections.unmodifiableMap(variants);
        this.check = check;
        this.note = note;
        this.basis = basis;
        this.quote = quote;
        this.wholeDocument = wholeDocument;
    }

    /**
     * Defines a rule with only its main message.
     *
     * @param id the stable id, such as {@code AGR-001}, not null
     * @param severity the severity of the main message, not null
     * @param clause the clause, such as {@code A §1}, not null
     * @param documentType the document type it applies to, not null
     * @param check the check, not null
     * @param <T> the document type
     * @return the rule
     */
    public static <T> Rule<T> of(String id, Severity severity, String clause, Class<T> documentType, Check<T> check) {
        Map<String, Severity> main = new LinkedHashMap<>();
        main.put("", Objects.requireNonNull(severity, "severity"));
        return new Rule<>(Objects.requireNonNull(id, "id"), severity, Objects.requireNonNull(clause, "clause"),
                Objects.requireNonNull(documentType, "documentType"), main, Objects.requireNonNull(check, "check"), "",
                Basis.NOTICE, "", false);
    }

    /**
     * Returns this rule with one more message variant.
     *
     * @param name the variant name, a lower camel-case word, not null
     * @param variantSeverity the severity of findings reported with it, not null
     * @return the extended rule
     */
    public Rule<T> variant(String name, Severity variantSeverity) {
        if (!name.matches("[a-z][A-Za-z]*") || name.equals(TITLE) || variants.containsKey(name)) {
            throw new IllegalArgumentException("Bad or repeated variant name for " + id + ": " + name);
        }
        Map<String, Severity> more = new LinkedHashMap<>(variants);
        more.put(name, Objects.requireNonNull(variantSeverity, "variantSeverity"));
        return new Rule<>(id, severity, clause, documentType, more, check, note, basis, quote, wholeDocument);
    }

    /**
     * Returns this rule with a note on how it reads the notices where they leave a choice, for the
     * generated documentation.
     *
     * @param text the note, in English, not null
     * @return the annotated rule
     */
    public Rule<T> note(String text) {
        return new Rule<>(id, severity, clause, documentType, variants, check, Objects.requireNonNull(text, "text"), basis, quote, wholeDocument);
    }

    /**
     * Returns this rule with the Japanese sentence of the notice it rests on, quoted as the notice
     * writes it, for the generated documentation.
     *
     * @param sentence the sentence, or the part of it the rule rests on, not null
     * @return the rule with its quote
     */
    public Rule<T> quote(String sentence) {
        return new Rule<>(id, severity, clause, documentType, variants, check, note, basis, Objects.requireNonNull(sentence, "sentence"), wholeDocument);
    }

    /**
     * Returns this rule as a rule of record integrity: no notice states it, and its clause is the
     * one whose records it keeps sound.
     *
     * @return the rule with basis {@link Basis#RECORD_INTEGRITY}
     */
    public Rule<T> recordIntegrity() {
        return new Rule<>(id, severity, clause, documentType, variants, check, note, Basis.RECORD_INTEGRITY, quote, wholeDocument);
    }

    /**
     * Returns this rule as one that checks a whole document only, never a document held inside
     * another (the reports of a national compilation): a rule about the record as a whole, such as
     * the validity of the notices it is checked under, would otherwise repeat itself for every part.
     *
     * @return the rule, checked on whole documents only
     */
    public Rule<T> wholeDocumentOnly() {
        return new Rule<>(id, severity, clause, documentType, variants, check, note, basis, quote, true);
    }

    /** @return true when the rule checks whole documents only, not documents held inside another */
    public boolean isWholeDocumentOnly() {
        return wholeDocument;
    }

    /** @return what the rule rests on: a notice's words or the integrity of the record */
    public Basis basis() {
        return basis;
    }

    /** @return the Japanese sentence of the notice the rule rests on; empty for a rule of record integrity */
    public String quote() {
        return quote;
    }

    /** @return the note on how the rule reads the notices; empty when there is none */
    public String note() {
        return note;
    }

    /** @return the stable id */
    public String id() {
        return id;
    }

    /** @return the severity of the main message */
    public Severity severity() {
        return severity;
    }

    /** @return every severity a finding of this rule can have, in enum order */
    public Set<Severity> severities() {
        return Collections.unmodifiableSet(EnumSet.copyOf(variants.values()));
    }

    /**
     * Returns the clause: of the notice the rule comes from, or the one a rule of record integrity
     * supports; such as {@code A §1} (notice 217) or {@code B §3(2)} (notice 185).
     *
     * @return the clause
     */
    public String clause() {
        return clause;
    }

    /** @return the document type the rule applies to */
    public Class<T> documentType() {
        return documentType;
    }

    /** @return variant name to severity, the main message under {@code ""} first */
    public Map<String, Severity> variants() {
        return variants;
    }

    /**
     * Returns the message key of the main message or of a variant.
     *
     * @param variant the variant name, or {@code ""} for the main message
     * @return the key, such as {@code rule.AGR-003.unknown}
     */
    public String messageKey(String variant) {
        return variant.isEmpty() ? "rule." + id : "rule." + id + "." + variant;
    }

    /** @return the key of the rule's short title */
    public String titleKey() {
        return messageKey(TITLE);
    }

    /**
     * Runs the check if the document is of the rule's type.
     *
     * @param document any document, not null
     * @param context the context of the call, not null
     * @param sink where findings go, not null
     */
    public void run(Object document, RuleContext context, FindingSink sink) {
        if (documentType.isInstance(document)) {
            check.run(documentType.cast(document), context, sink);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
