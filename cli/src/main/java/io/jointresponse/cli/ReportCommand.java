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
import io.jointresponse.core.annual.Instruction;
import io.jointresponse.core.annual.InstructionSource;
import io.jointresponse.core.annual.PeriodType;
import io.jointresponse.core.annual.ReportItem;
import io.jointresponse.core.annual.ReportingInstruction;
import io.jointresponse.core.annual.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
                        + "directories of them.",
                "The notice leaves the items, timing and format of the report to a separate instruction. Without --period, "
                        + "--from, --as-of, --items or --instruction the report follows the library's default, which is not "
                        + "the notice's: the calendar year, counted as of 31 December, every item; the report says so "
                        + "(instruction LIBRARY_DEFAULT)."
            })
    static final class AnnualCommand implements Callable<Integer> {

        enum Format { json, csv, svg }

        @Spec
        private CommandSpec spec;

        @Option(names = "--year", description = "the year reported on: the calendar year, or with --period fiscal the fiscal year (年度) that starts in April of it")
        private Integer year;

        @Option(names = "--period", defaultValue = "calendar", description = "calendar (1 January to 31 December) or fiscal (1 April to 31 March), with --year (default: ${DEFAULT-VALUE})")
        private PeriodOption period;

        @Option(names = "--from", paramLabel = "DATE", description = "the first day of an explicit period (YYYY-MM-DD), with --to, instead of --year")
        private LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "the last day of an explicit period (YYYY-MM-DD), with --from")
        private LocalDate to;

        @Option(names = "--as-of", paramLabel = "DATE", description = "the day the counts are taken (default: the last day of the period)")
        private LocalDate asOf;

        @Option(names = "--items", split = ",", paramLabel = "ITEM", description = "the items counted, comma-separated, of: ${COMPLETION-CANDIDATES} (default: all)")
        private List<ReportItem> items;

        @Option(names = "--instruction", paramLabel = "REF", description = "the reference of the instruction followed, such as the date and number of the NPA's separate instruction")
        private String instruction;

        enum PeriodOption { calendar, fiscal }

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
            ReportingInstruction reportingInstruction = instruction();
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
                AnnualReport report = AnnualReports.compute(agreements, reporting, reportingInstruction);
                write(json.write(report), List.of(report), AnnualReportSvg.render(report));
            } else {
                NationalCompilation national = AnnualReports.computeNational(agreements, reportingInstruction);
                write(json.write(national), national.reports(), AnnualReportSvg.render(national));
            }
            return ExitCodes.VALID;
        }

        /** The instruction the options describe: the library's default unless any of them departs from it. */
        private ReportingInstruction instruction() {
            ReportingPeriod reportingPeriod;
            if (from != null || to != null) {
                if (from == null || to == null || year != null) {
                    throw usage("an explicit period takes both --from and --to, and no --year");
                }
                if (to.isBefore(from)) {
                    throw usage("--to " + to + " is before --from " + from);
                }
                reportingPeriod = ReportingPeriod.between(from, to);
            } else {
                if (year == null) {
                    throw usage("give the period: --year Y (with --period calendar or fiscal), or --from and --to");
                }
                if (year < 1 || year > 9998) {
                    throw usage("--year must be a year such as 2024, not " + year);
                }
                reportingPeriod = period == PeriodOption.fiscal ? ReportingPeriod.fiscalYear(year) : ReportingPeriod.calendarYear(year);
            }
            boolean libraryDefault = reportingPeriod.type() == PeriodType.CALENDAR_YEAR && asOf == null && items == null && instruction == null;
            if (libraryDefault) {
                return ReportingInstruction.libraryDefault(year);
            }
            if (asOf != null && asOf.isBefore(reportingPeriod.start())) {
                throw usage("--as-of " + asOf + " is before the period begins on " + reportingPeriod.start());
            }
            ReportingInstruction.Builder b = ReportingInstruction.builder().period(reportingPeriod)
                    .instruction(instruction == null ? Instruction.builder().source(InstructionSource.GIVEN).build() : Instruction.given(instruction));
            if (asOf != null) {
                b.countDay(asOf);
            }
            if (items != null) {
                b.items(items.isEmpty() ? EnumSet.noneOf(ReportItem.class) : EnumSet.copyOf(items));
            }
            return b.build();
        }

        private CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
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
                problems.add(new DocumentResult(input.name(), List.of(Inputs.ioFinding(e, Locale.ENGLISH)), true));
            }
        }

        private static void add(String source, byte[] bytes, JointResponseJson json, List<Agreement> into, List<DocumentResult> problems) {
            if (bytes == null) {
                problems.add(new DocumentResult(source, List.of(Inputs.tooLarge(Locale.ENGLISH)), true));
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
