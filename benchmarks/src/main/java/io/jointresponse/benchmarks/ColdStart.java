package io.jointresponse.benchmarks;

import io.jointresponse.benchmarks.hello.Hello;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures the figure {@value #FIGURE}: the wall time of validating one payload in a fresh JVM,
 * over the wall time of a fresh JVM that prints {@code hello}. Both run as child processes of the
 * same {@code java}, alternately, each several times after warm-ups (which warm the operating
 * system's file cache, not the JVM); the figure is the ratio of the medians.
 *
 * <p>The validation is, in order of preference: the command as users run it, {@code <launcher>
 * validate <file>}, when a launcher is given with {@code --command} (the repository's
 * {@code ./jointresponse} script, with its JVM options, class-data archive and staleness check);
 * {@code java -jar <jar> validate <file>} when the CLI's jar is given with {@code --cli-jar}; otherwise
 * the equivalent in this jar, {@link #VALIDATE_ONCE}, which calls the validator once on the file's
 * bytes and prints the report. The result says which was measured. The first, unmeasured run of the
 * launcher also lets it make whatever it makes once (its class-data archive).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jointresponse.benchmarks.ColdStart [--command
 * ./jointresponse] [--cli-jar cli/target/jointresponse.jar] [--payload file.json] [--runs 10]
 * [--warmups 2] [--out cold.json]}.
 */
public final class ColdStart {

    /** The name of the figure on its RATIO line. */
    public static final String FIGURE = "cold_validate_vs_jvm_hello";

    /** The target: validating in a fresh JVM costs at most this many hello-JVMs. */
    public static final double TARGET = 5;

    /** The in-jar equivalent of the CLI's validate command. */
    static final String VALIDATE_ONCE = "io.jointresponse.benchmarks.ValidateOnce";

    private ColdStart() {}

    /**
     * One cold-start measurement.
     *
     * @param measured what ran as the validation, in words
     * @param validateMillis the median wall time of the validation, in milliseconds
     * @param helloMillis the median wall time of the hello program, in milliseconds
     * @param runs how many timed runs of each
     */
    public record Measurement(String measured, double validateMillis, double helloMillis, int runs) {

        /**
         * Returns the figure.
         *
         * @return validation time over hello time
         */
        public double ratio() {
            return validateMillis / helloMillis;
        }

        String toJson() {
            ObjectNode n = JsonMapper.shared().createObjectNode();
            n.put("figure", FIGURE);
            n.put("measured", measured);
            n.put("validateMedianMillis", validateMillis);
            n.put("helloMedianMillis", helloMillis);
            n.put("runs", runs);
            n.put("ratio", ratio());
            return n.toPrettyString();
        }

        static Measurement parse(String json) {
            JsonNode n = JsonMapper.shared().readTree(json);
            return new Measurement(n.path("measured").asString(""), n.path("validateMedianMillis").doubleValue(Double.NaN),
                    n.path("helloMedianMillis").doubleValue(Double.NaN), n.path("runs").asInt(0));
        }
    }

    /**
     * Runs the measurement and prints it.
     *
     * @param args see the class overview
     * @throws Exception if a program cannot be started or a file written
     */
    public static void main(String[] args) throws Exception {
        Path launcher = null;
        Path cliJar = null;
        Path payload = null;
        Path out = null;
        int runs = 10;
        int warmups = 2;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--command":
                    launcher = Path.of(Objects.requireNonNull(value, "--command needs a path"));
                    break;
                case "--cli-jar":
                    cliJar = Path.of(Objects.requireNonNull(value, "--cli-jar needs a path"));
                    break;
                case "--payload":
                    payload = Path.of(Objects.requireNonNull(value, "--payload needs a path"));
                    break;
                case "--runs":
                    runs = Integer.parseInt(Objects.requireNonNull(value, "--runs needs a number"));
                    break;
                case "--warmups":
                    warmups = Integer.parseInt(Objects.requireNonNull(value, "--warmups needs a number"));
                    break;
                case "--out":
                    out = Path.of(Objects.requireNonNull(value, "--out needs a path"));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
            i++;
        }
        Path work = Files.createTempDirectory("jointresponse-coldstart");
        if (payload == null) {
            payload = work.resolve("incidentReport.json");
            Files.write(payload, Payload.INCIDENT_REPORT.json());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> hello = List.of(java, "-cp", helloDirectory(work).toString(), Hello.class.getName());
        List<String> validate;
        String measured;
        if (launcher != null && Files.isExecutable(launcher)) {
            validate = List.of(launcher.toString(), "validate", payload.toString());
            measured = "the launcher: " + launcher + " validate <payload>";
        } else if (cliJar != null && Files.isRegularFile(cliJar)) {
            validate = List.of(java, "-jar", cliJar.toString(), "validate", payload.toString());
            measured = "java -jar " + cliJar + " validate <payload>"
                    + (launcher == null ? "" : " (no executable launcher at " + launcher + ")");
        } else {
            if (!onClassPath("io.jointresponse.validation.JointResponseValidator") || !onClassPath(VALIDATE_ONCE)) {
                System.out.println("NOTE " + FIGURE + " not measured: no CLI jar"
                        + (cliJar == null ? "" : " at " + cliJar) + " and no validation module in this jar");
                return;
            }
            validate = List.of(java, "-cp", ownJar().toString(), VALIDATE_ONCE, payload.toString());
            measured = "the in-jar equivalent " + VALIDATE_ONCE + " (no CLI jar"
                    + (cliJar == null ? "" : " at " + cliJar) + ")";
        }
        System.out.println("NOTE " + FIGURE + " measures " + measured + " against java -cp <dir> " + Hello.class.getName());

        String check = runOnce(validate, true);
        if (check != null) {
            System.out.println("NOTE the validation exited with an error; its output:");
            System.out.println(check.strip());
        }
        for (int i = 0; i < warmups; i++) {
            runOnce(hello, false);
            runOnce(validate, false);
        }
        String loadBefore = loadAverage();
        double[] helloTimes = new double[runs];
        double[] validateTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            helloTimes[i] = time(hello);
            validateTimes[i] = time(validate);
        }
        Measurement m = new Measurement(measured, median(validateTimes), median(helloTimes), runs);
        System.out.println(String.format(Locale.ROOT,
                "Cold start over %d runs: validate median %.1f ms (min %.1f, max %.1f), hello median %.1f ms (min %.1f, max %.1f)",
                runs, m.validateMillis(), min(validateTimes), max(validateTimes), m.helloMillis(), min(helloTimes), max(helloTimes)));
        if (!loadBefore.isEmpty()) {
            System.out.println("Load average during the cold-start runs: " + loadBefore + " before, " + loadAverage() + " after");
        }
        if (out != null) {
            Files.writeString(out, m.toJson(), StandardCharsets.UTF_8);
        }
    }

    /** Copies the hello class alone into a directory of its own. */
    private static Path helloDirectory(Path work) throws IOException {
        String resource = Hello.class.getName().replace('.', '/') + ".class";
        Path target = work.resolve("hello").resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = Objects.requireNonNull(ColdStart.class.getClassLoader().getResourceAsStream(resource), resource)) {
            Files.copy(in, target);
        }
        return work.resolve("hello");
    }

    /** The 1, 5 and 15-minute load averages, or an empty string where the system does not say. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return fields.length < 3 ? "" : String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, ColdStart.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Path ownJar() throws URISyntaxException {
        return Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Runs a program; returns its output when it failed, null when it exited 0. */
    private static String runOnce(List<String> command, boolean keepOutput) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (!keepOutput) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        String output = keepOutput ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        int exit = p.waitFor();
        return exit == 0 ? null : "exit " + exit + ": " + output;
    }

    private static double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
