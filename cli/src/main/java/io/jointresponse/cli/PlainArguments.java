package io.jointresponse.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the arguments of an ordinary {@code validate} run without picocli: its options, each
 * followed by its value as the next argument or after {@code =}, its two flags, and paths. Building
 * picocli's model and parser costs a fresh JVM about a tenth of a one-document run, and nearly every
 * run is ordinary.
 *
 * <p>picocli stays the reference, as the wire format's structural walk stays the reference for
 * the direct read of a document: this class reads only what it reads exactly as picocli does, and
 * leaves everything else to it: help and version, a mistake, a repeated single option, a value
 * that is not one of an option's choices, an argument file ({@code @file}), {@code --}, and any
 * other argument that begins with {@code -} except {@code -} itself (standard input).
 * {@code PlainArgumentsTest} holds it to picocli over thousands of command lines.
 */
final class PlainArguments {

    private PlainArguments() {}

    /**
     * Reads the arguments that follow {@code validate}.
     *
     * @param terminal the run's standard streams
     * @param args the arguments after {@code validate}, not null
     * @return the command with its options set, or empty when picocli must read the arguments
     */
    static Optional<ValidateCommand> read(Terminal terminal, List<String> args) {
        ValidateCommand command = ValidateCommand.withDefaults(terminal);
        Set<String> seen = new HashSet<>();
        List<String> disabled = new ArrayList<>();
        List<String> agreements = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("@") || (arg.startsWith("-") && !arg.equals("-") && !arg.startsWith("--"))) {
                return Optional.empty();
            }
            if (!arg.startsWith("--")) {
                paths.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals("--strict") || name.equals("--ndjson")) {
                if (equals >= 0 || !seen.add(name)) {
                    return Optional.empty();
                }
                (name.equals("--strict") ? command.strict : command.ndjson).set(Boolean.TRUE);
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")
                    || (!name.equals("--disable") && !name.equals("--agreements") && !seen.add(name))
                    || !take(command, name, value, disabled, agreements)) {
                return Optional.empty();
            }
        }
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        command.paths.set(paths);
        command.disabled.set(disabled.isEmpty() ? null : disabled);
        command.agreementPaths.set(agreements.isEmpty() ? null : agreements);
        return Optional.of(command);
    }

    /** Sets an option's value; false when the name is no option of validate or the value not one of its. */
    private static boolean take(ValidateCommand command, String name, String value, List<String> disabled,
            List<String> agreements) {
        switch (name) {
            case "--format":
                return choose(command.format, ValidateCommand.Format.class, value);
            case "--lang":
                return choose(command.lang, ValidateCommand.Lang.class, value);
            case "--lenient":
                return choose(command.lenient, ValidateCommand.Lenient.class, value);
            case "--disable":
                for (String id : value.split(",", -1)) {
                    if (id.isEmpty()) {
                        return false;
                    }
                    disabled.add(id);
                }
                return true;
            case "--agreements":
                agreements.add(value);
                return true;
            case "--notices":
                try {
                    command.noticesFile.set(Path.of(value));
                    return true;
                } catch (InvalidPathException e) {
                    return false;
                }
            case "--threads":
                // Digits only, fewer than an int could overflow: picocli reads other forms, and says why not.
                if (value.length() > 9) {
                    return false;
                }
                for (int i = 0; i < value.length(); i++) {
                    if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                        return false;
                    }
                }
                command.threads.set(Integer.valueOf(value));
                return true;
            default:
                return false;
        }
    }

    /** Sets an option of choices to the one named exactly, as picocli reads choices; false for none. */
    private static <E extends Enum<E>> boolean choose(Bound<E> option, Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                option.set(constant);
                return true;
            }
        }
        return false;
    }
}
