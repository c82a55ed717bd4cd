package io.jointresponse.cli;

import io.jointresponse.validation.JointResponseValidator;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        warmUpAlongside(args);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(new Terminal(System.in, out, err, System.console() != null), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Starts the one-time work of a first validation ({@link JointResponseValidator#warmUp}: the
     * wire format's mapper, the rule catalogue, the notices) on a second thread, so that a fresh JVM
     * does it while picocli reads the command line, and then while the first document's reader is
     * built, rather than after. Only for {@code validate}; a failure here changes nothing, since
     * validating does the same work again.
     */
    static void warmUpAlongside(String... args) {
        if (args.length == 0 || !args[0].equals("validate")) {
            return;
        }
        // A class of its own, not a lambda: the first lambda of a JVM costs milliseconds to link,
        // which the thread would otherwise wait for before it starts.
        Thread warmUp = new Thread(new WarmUp(), "jointresponse-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** What the warm-up thread runs. */
    private static final class WarmUp implements Runnable {
        @Override
        public void run() {
            try {
                JointResponseValidator.warmUp();
            } catch (RuntimeException | Error e) {
                // Validating does all of it again, and reports what goes wrong there.
            }
        }
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
        // When the first argument names a subcommand, as in every run that does something, the root
        // has nothing left to read: the subcommand is run as a command of its own.
        boolean direct = args.length > 0 && SUBCOMMANDS.containsKey(args[0]);
        String[] rest = direct ? Arrays.copyOfRange(args, 1, args.length) : args;
        int code = direct && args[0].equals("validate") ? runPlainValidate(terminal, out, err, rest) : NOT_PLAIN;
        if (code == NOT_PLAIN) {
            code = (direct ? subcommandLine(terminal, args[0]) : commandLine(terminal))
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
                    .setExecutionExceptionHandler((e, cmd, parseResult) -> internalError(e, cmd.getErr()))
                    .execute(rest);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** What {@link #runPlainValidate} returns when picocli must run the command instead. */
    private static final int NOT_PLAIN = -1;

    /**
     * Runs {@code validate} without picocli when its arguments are ordinary ({@link PlainArguments}).
     * A usage problem found before anything is printed, such as {@code --threads 0}, is left to
     * picocli too, which reports it in its own words.
     *
     * @return the exit code, or {@link #NOT_PLAIN}
     */
    private static int runPlainValidate(Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
        Optional<ValidateCommand> command = PlainArguments.read(terminal, Arrays.asList(args));
        if (command.isEmpty()) {
            return NOT_PLAIN;
        }
        try {
            return command.get().run(out, err);
        } catch (UsageProblem e) {
            return NOT_PLAIN;
        } catch (RuntimeException e) {
            // As picocli's handler below reports what the command throws.
            return internalError(e, err);
        }
    }

    /**
     * Reports a failure of the command itself: never a stack trace (unless the system property
     * {@code jointresponse.debug} is true), since an exception's message may quote input; only its
     * type is named.
     */
    private static int internalError(Throwable e, PrintWriter err) {
        if (Boolean.getBoolean("jointresponse.debug")) {
            e.printStackTrace(err);
        }
        if (e instanceof CancellationException && Thread.currentThread().isInterrupted()) {
            // Whoever runs the command asked it to stop: no defect to report.
            err.println("jointresponse: interrupted; the output is incomplete");
            return ExitCodes.INTERNAL;
        }
        err.println("jointresponse: internal error (" + e.getClass().getName()
                + "); please report it with the command line that caused it");
        return ExitCodes.INTERNAL;
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

    /** The command's name, which the help and every usage error print. */
    static final String NAME = "jointresponse";

    /** The subcommands, by name, in the order the help lists them. */
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
     * Builds the whole command line, for a run whose first argument names no subcommand (help,
     * version, a mistake): the help lists every subcommand, and picocli can suggest one.
     */
    private static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(spec(), new CommandFactory(terminal));
        for (String name : SUBCOMMANDS.keySet()) {
            commandLine.addSubcommand(name, subcommand(terminal, name));
        }
        return commandLine;
    }

    /**
     * Builds one subcommand as a command of its own, named as the root names it (such as
     * {@code jointresponse validate}), so that its help and usage errors read the same. picocli's
     * model and parser cost a fresh JVM milliseconds per command, and a model read from annotations
     * tens of them: a run that names a subcommand builds that one alone.
     */
    private static CommandLine subcommandLine(Terminal terminal, String name) {
        CommandLine commandLine = new CommandLine(subcommand(terminal, name), new CommandFactory(terminal));
        commandLine.getCommandSpec().name(NAME + " " + name);
        return commandLine;
    }

    /** A subcommand: {@code validate}'s model, built in code, or the class of an annotated one. */
    private static Object subcommand(Terminal terminal, String name) {
        Class<?> type = SUBCOMMANDS.get(name);
        return type == ValidateCommand.class ? ValidateCommand.create(terminal) : type;
    }

    /** The model of the command itself, without its subcommands. */
    private static CommandSpec spec() {
        JointResponseCli command = new JointResponseCli();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(NAME)
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
