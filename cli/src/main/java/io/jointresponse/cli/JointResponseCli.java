package io.jointresponse.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code jointresponse} command: validates payloads, prints the JSON Schemas, explains the rules
 * and computes annual reports.
 *
 * <p>{@link #main(String[])} only calls {@link #execute(InputStream, PrintStream, PrintStream,
 * String...)}, which returns the exit code (see {@link ExitCodes}) and never prints a stack trace.
 *
 * <p>This command and {@code validate} declare their options in code, the other subcommands with
 * picocli's annotations: every run builds the first two, and reading annotations by reflection cost
 * a fresh JVM more than a tenth of its start-up (benchmarks/README.md).
 */
public final class JointResponseCli implements Runnable {

    /** The description, one paragraph an element. */
    static final String[] DESCRIPTION = {
        "Checks and reports joint-response records of the NPA notices on cybercrime joint response."
    };

    private CommandSpec spec;

    /**
     * Runs the command with the process's standard streams, always writing UTF-8, and exits with its
     * exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        forgetUnusableArchive(System.getProperty(CDS_ARCHIVE_PROPERTY), System.getProperty("java.vm.info"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(new Terminal(System.in, out, err, System.console() != null), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The system property in which the {@code ./jointresponse} launcher names the class-data archive
     * (AppCDS) it asks the JVM to use.
     */
    static final String CDS_ARCHIVE_PROPERTY = "jointresponse.cds.archive";

    /**
     * Deletes the launcher's class-data archive when the JVM could not use it, which it says by
     * leaving "sharing" out of {@code java.vm.info}: the archive was made by another JDK, or from
     * another jar. The launcher makes a new one on its next run, instead of every run starting
     * without one. Only a {@code .jsa} file is ever deleted, and any failure is ignored.
     *
     * @param archive the archive the launcher named, or null when the command was not started by it
     * @param vmInfo the JVM's {@code java.vm.info}, possibly null
     */
    static void forgetUnusableArchive(String archive, String vmInfo) {
        if (archive == null || !archive.endsWith(".jsa") || vmInfo == null || vmInfo.contains("sharing")) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(archive));
        } catch (IOException | RuntimeException e) {
            // The command runs the same without the archive; the launcher will try to use it again.
        }
    }

    /**
     * Runs the command with no standard input.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the command line, not null
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return execute(InputStream.nullInputStream(), out, err, args);
    }

    /**
     * Runs the command.
     *
     * @param in standard input, read for the path {@code -}, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the command line, not null
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(new Terminal(in, out, err, false), args);
    }

    private static int run(Terminal terminal, String... args) {
        Objects.requireNonNull(args, "args");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(terminal, args)
                .setOut(out)
                .setErr(err)
                .setUsageHelpWidth(USAGE_WIDTH)
                .setParameterExceptionHandler((e, args2) -> {
                    // One line saying what is wrong and one saying where to look, never the whole help.
                    PrintWriter w = e.getCommandLine().getErr();
                    w.println(usageError(e));
                    w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
                    return ExitCodes.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    if (Boolean.getBoolean("jointresponse.debug")) {
                        e.printStackTrace(cmd.getErr());
                    }
                    if (e instanceof CancellationException && Thread.currentThread().isInterrupted()) {
                        // Whoever runs the command asked it to stop: no defect to report.
                        cmd.getErr().println("jointresponse: interrupted; the output is incomplete");
                        return ExitCodes.INTERNAL;
                    }
                    // Never a stack trace: the exception's message may quote input, so only its type is named.
                    cmd.getErr().println("jointresponse: internal error (" + e.getClass().getName()
                            + "); please report it with the command line that caused it");
                    return ExitCodes.INTERNAL;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The width the help is wrapped to, whatever the terminal's: the width of a standard terminal. */
    static final int USAGE_WIDTH = 80;

    /** The one line of a usage error, with picocli's suggestions (a near command name) folded in. */
    static String usageError(CommandLine.ParameterException e) {
        StringBuilder line = new StringBuilder("jointresponse: ").append(e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; "));
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            List<String> suggestions = ((CommandLine.UnmatchedArgumentException) e).getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
            }
        }
        return line.toString();
    }

    /**
     * The subcommands, by name, in the order the help lists them. They are added in code rather than
     * in {@code @Command}, so that a run builds only the one it names.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand.class);
        commands.put("schema", SchemaCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("report", ReportCommand.class);
        return commands;
    }

    /**
     * Builds the command line. picocli builds a command's model by reflecting over its annotations,
     * which costs a fresh JVM tens of milliseconds per command: when the first argument names a
     * subcommand, as it does in every run that does something, only that one is added; otherwise
     * (help, version, a mistake) all are, so that the help lists them and picocli can suggest one.
     */
    private static CommandLine commandLine(Terminal terminal, String... args) {
        CommandLine commandLine = new CommandLine(spec(), new CommandFactory(terminal));
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        for (Map.Entry<String, Class<?>> command : SUBCOMMANDS.entrySet()) {
            if (named == null || named == command.getValue()) {
                Object subcommand = command.getValue() == ValidateCommand.class ? ValidateCommand.create(terminal) : command.getValue();
                commandLine.addSubcommand(command.getKey(), subcommand);
            }
        }
        return commandLine;
    }

    /** The model of the command itself, without its subcommands. */
    private static CommandSpec spec() {
        JointResponseCli command = new JointResponseCli();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("jointresponse")
                .versionProvider(new VersionProvider())
                .exitCodeOnInvalidInput(ExitCodes.USAGE)
                .exitCodeOnExecutionException(ExitCodes.INTERNAL);
        command.spec = spec;
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "every document valid (warnings allowed)");
        exitCodes.put("1", "some document has an ERROR finding");
        exitCodes.put("2", "some input could not be read as a document (I/O, syntax, limits)");
        exitCodes.put("64", "usage error");
        exitCodes.put("70", "internal error");
        spec.usageMessage().description(DESCRIPTION).exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        return HelpOptions.addTo(spec);
    }

    @Override
    public void run() {
        // Without a subcommand there is nothing to do: show how to use it and fail as a usage error.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: validate, schema, rules or report");
    }
}
