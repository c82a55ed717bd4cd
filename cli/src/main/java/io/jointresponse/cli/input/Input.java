package io.jointresponse.cli.input;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input named on the command line, after directories are expanded: a file, or standard input.
 *
 * @param name how the input is shown to the user: the path as found, or {@code <stdin>}
 * @param path the file; empty for standard input
 */
public record Input(String name, Optional<Path> path) {

    /** The name standard input is shown with. */
    public static final String STDIN_NAME = "<stdin>";

    /**
     * Returns an input for a file.
     *
     * @param path the file, not null
     * @return the input
     */
    public static Input file(Path path) {
        return new Input(path.toString(), Optional.of(path));
    }

    /** @return the input for standard input */
    public static Input stdin() {
        return new Input(STDIN_NAME, Optional.empty());
    }

    /** @return true for standard input */
    public boolean isStdin() {
        return path.isEmpty();
    }
}
