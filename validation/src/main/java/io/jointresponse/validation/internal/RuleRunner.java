package io.jointresponse.validation.internal;

import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.validation.NotChecked;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules on one document or payload and collects what they find: the engine of the module.
 *
 * <p>For each enabled rule of the document's type, in catalogue order, the runner calls the rule's
 * check itself (one stack frame from here to the check), with itself as the {@link FindingSink}: a
 * reported place becomes a {@link Finding} at once, with the message of the catalogue in the locale
 * of the options, the rule's clause and the severity of the variant. Where a document holds others
 * (a national compilation's annual reports), the runner recurses explicitly, and the findings of
 * the inner document get its pointer as a prefix ({@code /reports/1/inForceTotal}).
 *
 * <p>A rule that needs records the context does not give is not run; it is listed as not checked,
 * once per pass. One runner serves one pass on one thread.
 */
public final class RuleRunner implements FindingSink {

    private final ValidationContext validationContext;
    private final RuleContext context;
    private final ValidationOptions options;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, NotChecked> notChecked = new LinkedHashMap<>();
    /** The rule whose check is running, and where its document is: what a report is about. */
    private Rule<?> rule;
    private JsonPointer prefix = JsonPointer.root();
    /** The governing date of the document being checked: the day whose NPA units messages name. */
    private Optional<LocalDate> day = Optional.empty();

    /**
     * Initialises, now, what the first run initialises: the rule catalogue, the succession of the
     * notices, and the messages of the options' language.
     *
     * @param options the options whose language is read, not null
     */
    public static void warmUp(ValidationOptions options) {
        List<Rule<?>> rules = Rules.all();
        NoticeSuccession.none();
        Messages.find("rule." + rules.get(0).id(), options.locale());
    }

    /**
     * Makes a runner for one pass.
     *
     * @param context the caller's records, not null
     * @param options the options of the pass, not null
     */
    public RuleRunner(ValidationContext context, ValidationOptions options) {
        this.validationContext = Objects.requireNonNull(context, "context");
        this.options = Objects.requireNonNull(options, "options");
        this.context = new RuleContext(context, options);
    }

    /**
     * Runs the document rules on a document and on the documents it holds.
     *
     * @param document a document of a type {@link Rules#isDocument(Class)} accepts, not null
     */
    public void document(Object document) {
        run(document, JsonPointer.root());
    }

    private void run(Object document, JsonPointer at) {
        Optional<LocalDate> governing = GoverningDate.of(document).map(GoverningDate.Dated::day);
        boolean whole = at.isRoot();
        for (Rule<?> r : Rules.documentRules(document.getClass())) {
            // A rule about the record as a whole runs on the document validated, not on its parts.
            if ((whole || !r.isWholeDocumentOnly()) && isRunnable(r)) {
                rule = r;
                prefix = at;
                day = governing;
                r.documentCheck().run(document, context, this);
            }
        }
        if (document instanceof NationalCompilation) {
            // Each report of a compilation is an annual report in its own right (ANR-001, ANR-003).
            List<AnnualReport> reports = ((NationalCompilation) document).reports();
            for (int i = 0; i < reports.size(); i++) {
                run(reports.get(i), at.append("reports").append(i));
            }
        }
    }

    /**
     * Takes the wire format's findings of a payload and runs the payload rules of its kind on it. A
     * payload rule's finding replaces the wire format's findings at the same pointer.
     *
     * @param read what the wire format read, not null
     */
    public void payload(ReadResult<?> read) {
        int before = findings.size();
        if (read.kind().isPresent()) {
            for (Rule<?> r : Rules.payloadRules(read.kind().get().type())) {
                if (isRunnable(r)) {
                    rule = r;
                    prefix = JsonPointer.root();
                    day = Optional.empty();
                    r.payloadCheck().run(read, this);
                }
            }
        }
        Set<JsonPointer> replaced = new HashSet<>();
        for (int i = before; i < findings.size(); i++) {
            replaced.add(findings.get(i).pointer());
        }
        // A disabled wire-format id (SHAPE-UNKNOWN) is one the reader was told to tolerate; a property
        // dropped on request is no finding either: the report lists it as dropped.
        boolean dropped = read.unknownFieldPolicy() == UnknownFieldPolicy.DROP;
        for (Finding f : read.findings()) {
            if (!replaced.contains(f.pointer()) && options.isEnabled(f.ruleId())
                    && !(dropped && f.ruleId().equals(WireRules.SHAPE_UNKNOWN))) {
                findings.add(f);
            }
        }
    }

    private boolean isRunnable(Rule<?> r) {
        if (!options.isEnabled(r.id())) {
            return false;
        }
        for (Requirement requirement : r.needs()) {
            if (!requirement.isMetBy(validationContext)) {
                NotChecked.Reason reason = requirement.reasonWhenMissing();
                notChecked.putIfAbsent(r.id(), new NotChecked(r.id(), reason,
                        Messages.get(requirement.messageKey(), options.locale())));
                return false;
            }
        }
        return true;
    }

    @Override
    public void report(String variant, JsonPointer where, Map<String, String> arguments) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(arguments, "arguments");
        Severity severity = rule.variants().get(Objects.requireNonNull(variant, "variant"));
        if (severity == null) {
            throw new IllegalArgumentException("Rule " + rule.id() + " has no message variant " + variant);
        }
        String key = rule.messageKey(variant);
        String template = Messages.get(key, options.locale());
        Finding.Builder finding = Finding.builder().ruleId(rule.id()).severity(severity).pointer(prefix.append(where))
                .clause(rule.clause()).basis(rule.basis()).variant(variant);
        if (template.indexOf('{') < 0 && arguments.isEmpty()) {
            findings.add(finding.message(template).build());
            return;
        }
        // The values of the placeholders of both languages travel with the finding.
        Map<String, String> values = MessageText.arguments(
                List.of(Messages.get(key, Locale.ENGLISH), Messages.get(key, Locale.JAPANESE)), arguments, day);
        findings.add(finding.message(MessageText.render(template, values)).messageArguments(values).build());
    }

    /** @return the findings so far, in the order found */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the rules not checked so far, in the order met */
    public List<NotChecked> notChecked() {
        return new ArrayList<>(notChecked.values());
    }
}
