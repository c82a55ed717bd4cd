package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@link PlainArguments} reads a command line only as picocli reads it: over seeded command lines
 * made of validate's options, their values (right, wrong, missing, with and without {@code =}),
 * paths and picocli's own syntax, every line it reads is one picocli reads to the same options,
 * and the ordinary lines it must read, it reads.
 */
class PlainArgumentsTest {

    private static final Terminal TERMINAL = new Terminal(InputStream.nullInputStream(),
            new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()), false);

    private static final List<String> OPTIONS = List.of("--format", "--lang", "--lenient", "--disable", "--agreements",
            "--notices", "--threads", "--strict", "--ndjson", "--help", "-h", "-V", "--version", "--", "--forma", "--FORMAT",
            "--strict=true", "-x");

    private static final List<String> VALUES = List.of("text", "json", "JSON", "ja", "en", "fr", "keep", "drop", "AGR-001",
            "agr-001,NTC-004", "a,,b", ",", "", "0", "2", "007", "-1", "+3", "0x10", "99999999999", "x.json", "dir", "-",
            "@args", "a=b", "日本.json", " x.json");

    @Test
    void whatItReadsPicocliReadsTheSame() {
        SplittableRandom random = new SplittableRandom(20261202L);
        int read = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> args = new ArrayList<>();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                if (pick < 4) {
                    args.add(OPTIONS.get(random.nextInt(OPTIONS.size())));
                } else if (pick < 6) {
                    args.add(OPTIONS.get(random.nextInt(OPTIONS.size())) + "=" + VALUES.get(random.nextInt(VALUES.size())));
                } else {
                    args.add(VALUES.get(random.nextInt(VALUES.size())));
                }
            }
            Optional<ValidateCommand> plain = PlainArguments.read(TERMINAL, args);
            if (plain.isPresent()) {
                read++;
                assertThat(describe(plain.get())).as("%s", args).isEqualTo(picocli(args));
            }
        }
        // Enough lines read plainly for the comparison to mean something.
        assertThat(read).isGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x.json",
        "-",
        "samples/valid samples/invalid",
        "--format json x.json",
        "--format=json --lang=ja x.json",
        "--lang ja --strict x.json y.json",
        "--disable AGR-001,NTC-004 --disable shape-unknown x.json",
        "--agreements records --agreements more.json reports",
        "--notices successors.json --lenient keep x.json",
        "--ndjson --threads 4 lines.ndjson",
        "x.json --format json"})
    void readsOrdinaryLines(String line) {
        List<String> args = Arrays.asList(line.split(" "));
        Optional<ValidateCommand> plain = PlainArguments.read(TERMINAL, args);
        assertThat(plain).as("read plainly").isPresent();
        assertThat(describe(plain.get())).isEqualTo(picocli(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "-h x.json", "--version", "--format xml x.json", "--format", "--format json --format text x.json",
        "--threads 0x10 x.json", "--strict=false x.json", "-- x.json", "@args", "--disable a,,b x.json", "--agreements -x x.json",
        "--nope x.json", "--lenient x.json"})
    void leavesTheRestToPicocli(String line) {
        List<String> args = line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
        assertThat(PlainArguments.read(TERMINAL, args)).isEmpty();
    }

    /** picocli's reading of the same arguments, or why it refuses them. */
    private static String picocli(List<String> args) {
        CommandSpec spec = ValidateCommand.create(TERMINAL);
        try {
            new CommandLine(spec).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return "refused: " + e.getMessage();
        }
        return describe((ValidateCommand) spec.userObject());
    }

    private static String describe(ValidateCommand c) {
        return String.join(" | ", "format=" + c.format.value(), "lang=" + c.lang.value(), "strict=" + c.strict.value(),
                "disable=" + c.disabled.value(), "lenient=" + c.lenient.value(), "ndjson=" + c.ndjson.value(),
                "agreements=" + c.agreementPaths.value(), "notices=" + c.noticesFile.value(), "threads=" + c.threads.value(),
                "paths=" + c.paths.value());
    }
}
