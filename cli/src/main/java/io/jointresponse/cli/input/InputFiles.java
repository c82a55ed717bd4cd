package io.jointresponse.cli.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths named on the command line into inputs: a file as itself, a directory into its
 * matching files (recursively, in path order, so output is the same on every machine), and
 * {@code -} into standard input.
 *
 * <p>A path that does not exist is kept as a file input, so that reading it reports the problem in
 * the place the user expects it: beside that path, with the run's other results.
 */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Expands paths.
     *
     * @param paths the paths as given, not null
     * @param extensions the file name endings picked from directories, such as {@code .json}, not null
     * @return the inputs, in the order given, each directory's files in path order
     * @throws UncheckedIOException if a directory cannot be listed
     */
    public static List<Input> expand(List<String> paths, List<String> extensions) {
        List<Input> inputs = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try {
                    // A named directory may be a link (such as the bundled samples): walk what it
                    // points to, but show the files under the name the user gave.
                    Path root = path.toRealPath();
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.filter(Files::isRegularFile)
                                .filter(f -> matches(f, extensions))
                                .map(f -> path.resolve(root.relativize(f).toString()))
                                .sorted()
                                .forEach(f -> inputs.add(Input.file(f)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                inputs.add(Input.file(path));
            }
        }
        return inputs;
    }

    private static boolean matches(Path file, List<String> extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }
}
