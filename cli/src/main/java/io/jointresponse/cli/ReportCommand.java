package io.jointresponse.cli;

import io.jointresponse.cli.input.BoundedLineReader;
import io.jointresponse.cli.input.Input;
import io.jointresponse.cli.input.InputFiles;
import io.jointresponse.cli.output.Counts;
import io.jointresponse.cli.output.DocumentResult;
import io.jointresponse.cli.output.TextResultWriter;
import io.jointresponse.cli.report.AnnualReportCsv;
import io.jointresponse.cli.report.AnnualReportSvg;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jointresponse report}: reports computed from records.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Computes reports from records.",
        subcommands = ReportCommand.AnnualCommand.class)
final class ReportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a report: annual");
    }

    /**
     * {@code jointresponse report annual}: the annual report of one prefectural police, or the
     * national compilation, computed from agreement records (notice 217, §8).
     */
    @Command(name = "annual", mixinStandardHelpOptions = true,
            // One paragraph an element: picocli wraps each to the usage width.
            description = {
                "Computes the annual report on joint-response agreements (notice 217, section 8) from agreement records: "
                        + "one prefectural police's with --prefecture, otherwise the national compilation of all 47.",
                "Records are agreement documents: *.json files (one each) or *.ndjson / *.jsonl files (one a line), or "
                        + "directories of them."
            })
    static final class AnnualCommand implements Callable<Integer> {

        enum Format { json, csv, svg }

        @Spec
        private CommandSpec spec;

        @Option(names = "--year", required = true, description = "the calendar year reported on")
        private int year;

        @Option(names = "--prefecture", paramLabel = "CODE", description = "JIS X 0401 code (01-47, 13 = 警視庁) or name (TOKYO)")
        private String prefecture;

        @Option(names = "--format", defaultValue = "json", description = "json, csv (UTF-8 with BOM, for spreadsheets) or svg (default: ${DEFAULT-VALUE})")
        private Format format;

        @Parameters(arity = "1..*", paramLabel = "AGREEMENTS", description = "agreement records: files or directories")
        private List<String> paths;

        private final Terminal terminal;

        AnnualCommand(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() throws IOException {
            if (year < 1 || year > 9999) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--year must be a calendar year such as 2024, not " + year);
            }
            Prefecture reporting = prefecture == null ? null : prefecture(prefecture);
            List<Agreement> agreements = new ArrayList<>();
            List<DocumentResult> problems = new ArrayList<>();
            JointResponseJson json = JointResponseJson.strict();
            for (Input input : InputFiles.expand(paths, List.of(".json", ".ndjson", ".jsonl"))) {
                read(input, json, agreements, problems);
            }
            if (!problems.isEmpty()) {
                // No report from records that could not all be read: a partial count would mislead.
                TextResultWriter writer = new TextResultWriter(spec.commandLine().getErr(), Locale.ENGLISH);
                problems.forEach(writer::document);
                spec.commandLine().getErr().println("jointresponse: " + Counts.of(problems.size(), "record")
                        + " could not be read as " + (problems.size() == 1 ? "an agreement" : "agreements") + "; no report was made");
                return ExitCodes.UNREADABLE;
            }
            if (reporting != null) {
                AnnualReport report = AnnualReports.compute(agreements, reporting, year);
                write(json.write(report), List.of(report), AnnualReportSvg.render(report));
            } else {
                NationalCompilation national = AnnualReports.computeNational(agreements, year);
                write(json.write(national), national.reports(), AnnualReportSvg.render(national));
            }
            return ExitCodes.VALID;
        }

        private void write(byte[] json, List<AnnualReport> rows, String svg) throws IOException {
            switch (format) {
                case json -> {
                    terminal.out().write(json);
                    terminal.out().write('\n');
                }
                case csv -> {
                    StringBuilder csv = new StringBuilder();
                    AnnualReportCsv.write(rows, csv);
                    terminal.out().write(csv.toString().getBytes(StandardCharsets.UTF_8));
                }
                case svg -> terminal.out().write(svg.getBytes(StandardCharsets.UTF_8));
            }
            terminal.out().flush();
        }

        private Prefecture prefecture(String text) {
            try {
                return text.matches("[0-9]{1,2}") ? Prefecture.parse(text) : Prefecture.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--prefecture takes a JIS X 0401 code from 01 to 47 or a name such as TOKYO, not \"" + text + "\"");
            }
        }

        private void read(Input input, JointResponseJson json, List<Agreement> into, List<DocumentResult> problems) {
            String name = input.name().toLowerCase(Locale.ROOT);
            try (InputStream in = input.isStdin() ? terminal.in() : Files.newInputStream(input.path().orElseThrow())) {
                if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                    BoundedLineReader lines = new BoundedLineReader(in, Limits.MAX_DOCUMENT_BYTES);
                    BoundedLineReader.Line line;
                    while ((line = lines.next()) != null) {
                        add(input.name() + ":" + line.number(), line.tooLong() ? null : line.bytes(), json, into, problems);
                    }
                } else {
                    add(input.name(), Inputs.readDocument(in), json, into, problems);
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(new DocumentResult(input.name(), List.of(Inputs.ioFinding(e)), true));
            }
        }

        private static void add(String source, byte[] bytes, JointResponseJson json, List<Agreement> into, List<DocumentResult> problems) {
            if (bytes == null) {
                problems.add(new DocumentResult(source, List.of(Inputs.tooLarge()), true));
                return;
            }
            ReadResult<Agreement> result = json.read(bytes, Agreement.class);
            if (result.document().isPresent()) {
                into.add(result.document().get());
            } else {
                problems.add(new DocumentResult(source, result.findings(), true));
            }
        }
    }
}
