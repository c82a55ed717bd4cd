package io.jointresponse.cli;

import io.jointresponse.cli.input.BoundedLineReader;
import io.jointresponse.cli.input.Input;
import io.jointresponse.cli.input.InputFiles;
import io.jointresponse.cli.output.Counts;
import io.jointresponse.cli.output.DocumentResult;
import io.jointresponse.cli.output.JsonResultWriter;
import io.jointresponse.cli.output.Printable;
import io.jointresponse.cli.output.ResultWriter;
import io.jointresponse.cli.output.ResultWriter.Rendered;
import io.jointresponse.cli.output.TextResultWriter;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.RunSummary;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * {@code jointresponse validate}: reads payloads and reports every structural and rule finding.
 *
 * <p>Its options are declared in code ({@link #create(Terminal)}) rather than with picocli's
 * annotations: every run that validates builds this command, and reading annotations by reflection
 * cost a fresh JVM more than a tenth of its start-up (benchmarks/README.md).
 */
final class ValidateCommand implements Callable<Integer> {

    /** The description, one paragraph an element: picocli wraps each to the usage width. */
    static final String[] DESCRIPTION = {
        "Validates joint-response documents: files, directories (recursively, *.json; with --ndjson, *.ndjson and "
                + "*.jsonl) or - for standard input.",
        "Cross-record rules: with --agreements, those records are complete, and both INC-001 (reports against their "
                + "agreement) and ANR-003 (annual reports against the records) use them; without it, agreements among the "
                + "inputs serve INC-001 only.",
        "Several documents are validated at once, one per available processor unless --threads says otherwise; "
                + "the results are printed in input order whatever the number."
    };

    enum Format { text, json }

    enum Lang { ja, en }

    /** What --lenient does with properties the wire format does not define. */
    enum Lenient {
        keep(UnknownFieldPolicy.KEEP), drop(UnknownFieldPolicy.DROP);

        final UnknownFieldPolicy policy;

        Lenient(UnknownFieldPolicy policy) {
            this.policy = policy;
        }
    }

    /** The default of --format. */
    static final Format DEFAULT_FORMAT = Format.text;
    /** The default of --lang. */
    static final Lang DEFAULT_LANG = Lang.en;

    // The options' values: set by picocli through these bindings, or by PlainArguments.
    final Bound<Format> format = new Bound<>();
    final Bound<Lang> lang = new Bound<>();
    final Bound<Boolean> strict = new Bound<>();
    final Bound<List<String>> disabled = new Bound<>();
    final Bound<Lenient> lenient = new Bound<>();
    final Bound<Boolean> ndjson = new Bound<>();
    final Bound<List<String>> agreementPaths = new Bound<>();
    final Bound<Path> noticesFile = new Bound<>();
    final Bound<Integer> threads = new Bound<>();
    final Bound<List<String>> paths = new Bound<>();

    private final Terminal terminal;
    private CommandSpec spec;
    private PrintWriter out;
    private PrintWriter err;

    private ValidateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * Returns the command with the options' defaults set, for {@link PlainArguments} to set the rest.
     *
     * @param terminal the run's standard streams
     * @return the command
     */
    static ValidateCommand withDefaults(Terminal terminal) {
        ValidateCommand command = new ValidateCommand(terminal);
        command.format.set(DEFAULT_FORMAT);
        command.lang.set(DEFAULT_LANG);
        return command;
    }

    /**
     * Builds the command and its model.
     *
     * @param terminal the run's standard streams
     * @return the model, whose user object is the command
     */
    static CommandSpec create(Terminal terminal) {
        ValidateCommand command = new ValidateCommand(terminal);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("validate");
        command.spec = spec;
        spec.usageMessage().description(DESCRIPTION);
        HelpOptions.addTo(spec);
        spec.addOption(option("--format", Format.class, command.format).defaultValue(DEFAULT_FORMAT.name()).paramLabel("<format>")
                .description("text or json (default: ${DEFAULT-VALUE})").build());
        spec.addOption(option("--lang", Lang.class, command.lang).defaultValue(DEFAULT_LANG.name()).paramLabel("<lang>")
                .description("language of the messages: ja or en (default: ${DEFAULT-VALUE})").build());
        spec.addOption(option("--strict", boolean.class, command.strict).description("treat warnings as errors").build());
        spec.addOption(list("--disable", command.disabled).splitRegex(",").paramLabel("ID")
                .description("rule ids to skip, comma-separated, in any case; SHAPE-UNKNOWN drops undefined properties "
                        + "without reporting them; other wire-format ids cannot be disabled").build());
        spec.addOption(option("--lenient", Lenient.class, command.lenient).paramLabel("keep|drop")
                .description("Accept properties that the wire format does not define: keep reports each as a SHAPE-UNKNOWN "
                        + "warning, drop ignores them. Without this option each is an error.").build());
        spec.addOption(option("--ndjson", boolean.class, command.ndjson)
                .description("each input holds one document per line, streamed in constant memory").build());
        spec.addOption(list("--agreements", command.agreementPaths).paramLabel("PATH")
                .description("the complete agreement records (files or directories of *.json) that reports are checked "
                        + "against").build());
        spec.addOption(option("--notices", Path.class, command.noticesFile).paramLabel("FILE")
                .description("a JSON file of notices that continue notice 217 or 185 after they lapsed; records dated while "
                        + "one is in force are checked under it, without the lapse warning NTC-004").build());
        spec.addOption(option("--threads", Integer.class, command.threads).paramLabel("N")
                .description("How many documents are validated at once, 1 or more. Default: the number of available "
                        + "processors.").build());
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).type(List.class).auxiliaryTypes(String.class)
                .getter(command.paths).setter(command.paths).paramLabel("PATH")
                .description("files, directories, or - for standard input").build());
        return spec;
    }

    /** An option of one value, which picocli converts to the type and keeps in the binding. */
    private static <T> OptionSpec.Builder option(String name, Class<T> type, Bound<T> value) {
        return OptionSpec.builder(name).type(type).getter(value).setter(value);
    }

    /** An option that may be given several times, whose values picocli adds to a list. */
    private static OptionSpec.Builder list(String name, Bound<List<String>> value) {
        return OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class).getter(value).setter(value);
    }

    /** The language of the messages, set when the command runs. */
    private Locale locale = Locale.ENGLISH;

    @Override
    public Integer call() {
        try {
            return run(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (UsageProblem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Runs the command with its options set.
     *
     * @param out where the results go when a person watches; otherwise the terminal's output is
     *     written in blocks
     * @param err where notes go
     * @return the exit code
     * @throws UsageProblem when the options cannot be run as given, before anything is printed
     */
    int run(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        int threadCount = threads.value() == null ? Runtime.getRuntime().availableProcessors() : threads.value();
        if (threadCount < 1) {
            throw new UsageProblem("Invalid value for option '--threads': expected 1 or more but was '" + threads.value() + "'");
        }
        locale = lang.value() == Lang.ja ? Locale.JAPANESE : Locale.ENGLISH;
        JointResponseValidator validator;
        try {
            JointResponseValidator.Builder builder = JointResponseValidator.builder()
                    .locale(locale)
                    .warningsAsErrors(Boolean.TRUE.equals(strict.value()))
                    .disableRules(valuesOf(disabled).toArray(String[]::new))
                    .unknownFields(lenient.value() == null ? UnknownFieldPolicy.REJECT : lenient.value().policy);
            if (noticesFile.value() != null) {
                builder.registerSuccessors(SuccessorNoticeFile.read(noticesFile.value()).toArray(SuccessorNotice[]::new));
            }
            validator = builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        List<Input> inputs = InputFiles.expand(paths.value(), isNdjson() ? List.of(".ndjson", ".jsonl") : List.of(".json"));
        ValidationContext context = context(inputs);

        PrintWriter text = format.value() == Format.json ? null : textOutput();
        ResultWriter writer = text == null ? new JsonResultWriter(terminal.out()) : new TextResultWriter(text, locale);
        RunSummary summary = new RunSummary();
        Progress progress = new Progress(terminal);
        // Files are read by the threads that validate them; an NDJSON input is read here, line by line.
        int parallel = isNdjson() ? threadCount : Math.max(1, Math.min(threadCount, inputs.size()));
        try (OrderedPipeline<List<Rendered>> results = new OrderedPipeline<>(parallel,
                Limits.pendingTasks(parallel), Limits.MAX_DOCUMENT_BYTES, r -> record(r, writer, summary, progress))) {
            for (Input input : inputs) {
                if (isNdjson()) {
                    validateLines(input, validator, context, writer, results);
                } else {
                    results.submit(weight(input), () -> List.of(writer.render(readAndValidate(input, validator, context))));
                }
            }
            results.finish();
            progress.done();
            writer.finish(summary);
        } finally {
            if (text != null) {
                // What was printed before a failure is not lost in the buffer.
                text.flush();
            }
        }
        return summary.exitCode();
    }

    private boolean isNdjson() {
        return Boolean.TRUE.equals(ndjson.value());
    }

    /** The values of a list option, none when it was not given. */
    private static List<String> valuesOf(Bound<List<String>> option) {
        return option.value() == null ? List.of() : option.value();
    }

    /**
     * Returns where the text output goes. Run interactively, each document's lines are shown as soon
     * as it is done; otherwise (output to a file or a pipe) they are written in blocks, since a write
     * per line costs more than validating a document.
     */
    private PrintWriter textOutput() {
        return terminal.interactive() ? out
                : new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), false);
    }

    private static void record(List<Rendered> results, ResultWriter writer, RunSummary summary, Progress progress) {
        for (Rendered rendered : results) {
            writer.write(rendered);
            DocumentResult result = rendered.result();
            summary.add(result.findings(), !result.notChecked().isEmpty(), result.unreadable());
            progress.tick(summary.documents());
        }
    }

    private DocumentResult readAndValidate(Input input, JointResponseValidator validator, ValidationContext context) {
        byte[] bytes;
        try {
            bytes = readBounded(input);
        } catch (IOException | UncheckedIOException e) {
            return new DocumentResult(input.name(), List.of(Inputs.ioFinding(e, locale)), true);
        }
        if (bytes == null) {
            return new DocumentResult(input.name(), List.of(Inputs.tooLarge(locale)), true);
        }
        return result(input.name(), validator.validatePayload(bytes, context));
    }

    /**
     * Validates an NDJSON input's lines in batches (see {@link Limits#BATCH_LINES}). A batch is handed
     * on when it is full, and also whenever the input has nothing more at hand, so that the lines of
     * a slow producer, such as a person typing, are answered at once.
     */
    private void validateLines(Input input, JointResponseValidator validator, ValidationContext context,
            ResultWriter writer, OrderedPipeline<List<Rendered>> results) {
        LineBatch batch = new LineBatch();
        try (InputStream in = open(input)) {
            BoundedLineReader lines = new BoundedLineReader(in, Limits.MAX_DOCUMENT_BYTES);
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                String source = input.name() + ":" + line.number();
                if (line.tooLong()) {
                    submit(batch, validator, context, writer, results);
                    results.add(List.of(writer.render(new DocumentResult(source, List.of(Inputs.tooLarge(locale)), true))));
                } else {
                    batch.add(source, line.bytes());
                    if (batch.isFull() || !lines.ready()) {
                        submit(batch, validator, context, writer, results);
                    }
                }
            }
            submit(batch, validator, context, writer, results);
        } catch (IOException | UncheckedIOException e) {
            // The lines read before the failure keep their place ahead of it.
            submit(batch, validator, context, writer, results);
            results.add(List.of(writer.render(new DocumentResult(input.name(), List.of(Inputs.ioFinding(e, locale)), true))));
        }
    }

    private static void submit(LineBatch batch, JointResponseValidator validator, ValidationContext context,
            ResultWriter writer, OrderedPipeline<List<Rendered>> results) {
        if (batch.isEmpty()) {
            return;
        }
        long weight = batch.bytes();
        List<LineBatch.Line> lines = batch.take();
        results.submit(weight, () -> {
            List<Rendered> validated = new ArrayList<>(lines.size());
            for (LineBatch.Line l : lines) {
                validated.add(writer.render(result(l.source(), validator.validatePayload(l.bytes(), context))));
            }
            return validated;
        });
    }

    /**
     * The bytes reading an input will hold: its size, or for standard input as much as a document
     * may hold; nothing for a file that will not be read (too large, or not there).
     */
    private static long weight(Input input) {
        if (input.path().isEmpty()) {
            return Limits.MAX_DOCUMENT_BYTES;
        }
        try {
            long size = Files.size(input.path().get());
            return size > Limits.MAX_DOCUMENT_BYTES ? 0 : size;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static DocumentResult result(String source, ValidationReport report) {
        return new DocumentResult(source, report.findings(), report.notChecked(), report.isUnreadable(), report.appliedNotices());
    }

    private InputStream open(Input input) throws IOException {
        return input.isStdin() ? terminal.in() : Files.newInputStream(input.path().orElseThrow());
    }

    /** Reads a whole input, or returns null when it is larger than a document may be. */
    private byte[] readBounded(Input input) throws IOException {
        if (input.path().isPresent() && Files.size(input.path().get()) > Limits.MAX_DOCUMENT_BYTES) {
            return null;
        }
        try (InputStream in = open(input)) {
            return Inputs.readDocument(in);
        }
    }

    /**
     * Builds the context of cross-record rules. Records named with --agreements are declared complete,
     * so annual reports are checked against them too; agreements that merely happen to be among the
     * inputs are only looked up by id, since they are rarely all of a prefecture's records.
     */
    private ValidationContext context(List<Input> inputs) {
        if (!valuesOf(agreementPaths).isEmpty()) {
            return ValidationContext.of(agreements(InputFiles.expand(agreementPaths.value(), List.of(".json"))));
        }
        List<Input> files = inputs.stream().filter(i -> !i.isStdin()).toList();
        if (isNdjson() || inputs.size() < 2) {
            // A lone document has no other record to be checked against: it is read only once.
            return ValidationContext.empty();
        }
        Map<String, Agreement> byId = new LinkedHashMap<>();
        agreements(files).forEach(a -> byId.put(a.id(), a));
        return ValidationContext.withAgreementLookup(id -> Optional.ofNullable(byId.get(id)));
    }

    /**
     * Reads the agreements among some inputs, one per id: where records share an id, the first one
     * read is used, and one note says how many were passed over.
     */
    private List<Agreement> agreements(List<Input> sources) {
        JointResponseJson json = JointResponseJson.strict();
        Map<String, Agreement> byId = new LinkedHashMap<>();
        List<String> passedOver = new ArrayList<>();
        for (Input source : sources) {
            try {
                byte[] bytes = readBounded(source);
                if (bytes == null || !KindPeek.is(bytes, DocumentKind.AGREEMENT)) {
                    continue;
                }
                json.read(bytes, Agreement.class).document().ifPresent(a -> {
                    Agreement first = byId.putIfAbsent(a.id(), a);
                    if (first != null && !first.equals(a)) {
                        passedOver.add(a.id());
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // The input is reported when it is validated; an unreadable agreement adds no context.
            }
        }
        if (!passedOver.isEmpty()) {
            err.println("jointresponse: note: " + Counts.of(passedOver.size(), "agreement record")
                    + (passedOver.size() == 1 ? " reuses" : " reuse") + " the id of an earlier one (such as "
                    + Printable.of(passedOver.get(0)) + "); the first record of each id is the one reports are checked against");
        }
        return new ArrayList<>(byId.values());
    }

    /** Shows a count on standard error while a long run goes on, when a person is watching. */
    private static final class Progress {
        private final Terminal terminal;
        private boolean shown;

        Progress(Terminal terminal) {
            this.terminal = terminal;
        }

        void tick(long documents) {
            if (terminal.interactive() && documents % 1000 == 0) {
                terminal.err().print("\rvalidated " + Counts.of(documents, "document"));
                terminal.err().flush();
                shown = true;
            }
        }

        void done() {
            if (shown) {
                terminal.err().print("\r\033[K");
                terminal.err().flush();
            }
        }
    }
}
