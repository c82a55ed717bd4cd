package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.ReadResult;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

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
 * <p>Most rules check a document ({@link #of}); a rule whose breach cannot exist in a built document,
 * only in the text of a payload, checks the payload as read ({@link #ofPayload}). A rule that needs
 * records besides the document says so ({@link #needs}); when the caller did not give them, the
 * runner does not run it and the report lists it as not checked.
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
    private final PayloadCheck payloadCheck;
    private final Set<Requirement> needs;
    private final String note;
    private final Basis basis;
    private final String quote;
    private final boolean wholeDocument;
    private final Predicate<? super T> concerns;

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

    /**
     * The check of a rule on a payload as the wire format read it: its tree, whether or not a
     * document could be built from it. A finding it reports replaces the wire format's findings at
     * the same pointer, so that one problem is reported once, under the rule of the notices.
     */
    @FunctionalInterface
    public interface PayloadCheck {
        /**
         * Checks one payload of the rule's document type and reports what breaks the rule.
         *
         * @param read what the wire format read, not null
         * @param sink where findings go, not null
         */
        void run(ReadResult<?> read, FindingSink sink);
    }

    private Rule(String id, Severity severity, String clause, Class<T> documentType, Map<String, Severity> variants,
            Check<T> check, PayloadCheck payloadCheck, Set<Requirement> needs, String note, Basis basis, String quote,
            boolean wholeDocument, Predicate<? super T> concerns) {
        this.id = id;
        this.severity = severity;
        this.clause = clause;
        this.documentType = documentType;
        this.variants = Collections.unmodifiableMap(variants);
        this.check = check;
        this.payloadCheck = payloadCheck;
        this.needs = needs;
        this.note = note;
        this.basis = basis;
        this.quote = quote;
        this.wholeDocument = wholeDocument;
        this.concerns = concerns;
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
        return define(id, severity, clause, documentType, Objects.requireNonNull(check, "check"), null);
    }

    /**
     * Defines a rule that checks payloads rather than documents, with only its main message.
     *
     * @param id the stable id, such as {@code NTC-001}, not null
     * @param severity the severity of the main message, not null
     * @param clause the clause, not null
     * @param documentType the document type whose payloads it checks, not null
     * @param check the check of a payload, not null
     * @param <T> the document type
     * @return the rule
     */
    public static <T> Rule<T> ofPayload(String id, Severity severity, String clause, Class<T> documentType, PayloadCheck check) {
        return define(id, severity, clause, documentType, null, Objects.requireNonNull(check, "check"));
    }

    private static <T> Rule<T> define(String id, Severity severity, String clause, Class<T> documentType, Check<T> check,
            PayloadCheck payloadCheck) {
        Map<String, Severity> main = new LinkedHashMap<>();
        main.put("", Objects.requireNonNull(severity, "severity"));
        return new Rule<>(Objects.requireNonNull(id, "id"), severity, Objects.requireNonNull(clause, "clause"),
                Objects.requireNonNull(documentType, "documentType"), main, check, payloadCheck, Set.of(), "", Basis.NOTICE, "", false,
                document -> true);
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
        return new Rule<>(id, severity, clause, documentType, more, check, payloadCheck, needs, note, basis, quote, wholeDocument, concerns);
    }

    /**
     * Returns this rule needing records besides the document: without them it is not run, and the
     * report lists it as not checked, with the reason.
     *
     * @param requirement what the rule needs, not null
     * @return the rule
     */
    public Rule<T> needs(Requirement requirement) {
        Set<Requirement> more = EnumSet.noneOf(Requirement.class);
        more.addAll(needs);
        more.add(Objects.requireNonNull(requirement, "requirement"));
        return new Rule<>(id, severity, clause, documentType, variants, check, payloadCheck, Collections.unmodifiableSet(more), note,
                basis, quote, wholeDocument, concerns);
    }

    /** @return what the rule needs besides the document; empty for most rules */
    public Set<Requirement> needs() {
        return needs;
    }

    /**
     * Returns this rule with a note on how it reads the notices where they leave a choice, for the
     * generated documentation.
     *
     * @param text the note, in English, not null
     * @return the annotated rule
     */
    public Rule<T> note(String text) {
        return new Rule<>(id, severity, clause, documentType, variants, check, payloadCheck, needs, Objects.requireNonNull(text, "text"),
                basis, quote, wholeDocument, concerns);
    }

    /**
     * Returns this rule with the Japanese sentence of the notice it rests on, quoted as the notice
     * writes it, for the generated documentation.
     *
     * @param sentence the sentence, or the part of it the rule rests on, not null
     * @return the rule with its quote
     */
    public Rule<T> quote(String sentence) {
        return new Rule<>(id, severity, clause, documentType, variants, check, payloadCheck, needs, note, basis,
                Objects.requireNonNull(sentence, "sentence"), wholeDocument, concerns);
    }

    /**
     * Returns this rule as a rule of record integrity: no notice states it, and its clause is the
     * one whose records it keeps sound.
     *
     * @return the rule with basis {@link Basis#RECORD_INTEGRITY}
     */
    public Rule<T> recordIntegrity() {
        return new Rule<>(id, severity, clause, documentType, variants, check, payloadCheck, needs, note, Basis.RECORD_INTEGRITY,
                quote, wholeDocument, concerns);
    }

    /**
     * Returns this rule as one that checks a whole document only, never a document held inside
     * another (the reports of a national compilation): a rule about the record as a whole, such as
     * the validity of the notices it is checked under, would otherwise repeat itself for every part.
     *
     * @return the rule, checked on whole documents only
     */
    public Rule<T> wholeDocumentOnly() {
        return new Rule<>(id, severity, clause, documentType, variants, check, payloadCheck, needs, note, basis, quote, true, concerns);
    }

    /**
     * Returns this rule as one that concerns only the documents of its type that meet a condition,
     * such as an onward share only when it carries content from JC3: for other documents its notice
     * is not among those applied (nor warned of as lapsed, NTC-004). Its check still runs on every
     * document of the type and finds nothing on those.
     *
     * @param condition which documents the rule concerns, not null
     * @return the rule
     */
    public Rule<T> concerns(Predicate<? super T> condition) {
        return new Rule<>(id, severity, clause, documentType, variants, check, payloadCheck, needs, note, basis, quote, wholeDocument,
                Objects.requireNonNull(condition, "condition"));
    }

    /**
     * Tells whether the rule concerns a document, as {@link #concerns(Predicate)} set.
     *
     * @param document a document of any type, not null
     * @return true when the document is of the rule's type and meets its condition
     */
    public boolean concerns(Object document) {
        return documentType.isInstance(document) && concerns.test(documentType.cast(document));
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

    /** @return the clause of the notices */
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

    /** @return true when the rule checks payloads ({@link #ofPayload}) rather than documents */
    public boolean checksPayloads() {
        return payloadCheck != null;
    }

    /**
     * Returns the check of documents, typed for the runner, which hands it only documents of the
     * rule's type.
     *
     * @return the check; null for a rule that checks payloads
     */
    @SuppressWarnings("unchecked") // the runner selects rules by the class of the document
    Check<Object> documentCheck() {
        return (Check<Object>) check;
    }

    /** @return the check of payloads; null for a rule that checks documents */
    PayloadCheck payloadCheck() {
        return payloadCheck;
    }

    @Override
    public String toString() {
        return id;
    }
}
