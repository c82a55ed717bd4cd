package io.jointresponse.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the suite's figures: a table of raw scores with their errors, then
 * one {@code RATIO <name> <value>} line per figure.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jointresponse.benchmarks.Ratios [--cold cold.json]
 * result.json...}. A figure whose benchmarks are not in the results is reported as missing and has
 * no RATIO line. The error of a ratio combines the relative 99.9% errors of both scores as if they
 * were independent.
 */
public final class Ratios {

    /** The payload of the headline figures: the typical incident report. */
    static final String HEADLINE_PAYLOAD = "incidentReport";

    /** The other payloads, reported as {@code <figure>.<payload>}. */
    static final List<String> OTHER_PAYLOADS = List.of("agreement", "annualReport");

    private static final String DOCUMENT = "DocumentBenchmark";
    private static final String THREADS = "ThreadScalingBenchmark";
    private static final String NDJSON = "NdjsonBenchmark";
    private static final String ANNUAL = "AnnualReportBenchmark.computeNational";
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private Ratios() {}

    /** What a figure compares. */
    enum Metric {
        /** Time per operation (inverse throughput where the result is a throughput). */
        TIME,
        /** Operations per second, all threads together (inverse time where the result is a time). */
        THROUGHPUT,
        /** Bytes allocated per operation, from {@code -prof gc}. */
        ALLOCATION
    }

    /** How a figure is judged against its target. */
    enum Goal {
        /** The ratio should be at most the target. */
        AT_MOST("<="),
        /** The ratio should be at least the target. */
        AT_LEAST(">="),
        /** The ratio should be near the target (within a quarter of it). */
        ABOUT("~"),
        /** No target: reported for information. */
        NONE("");

        final String symbol;

        Goal(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * A score with its error, in the unit JMH reported.
     *
     * @param value the score
     * @param error the half-width of the 99.9% confidence interval, NaN when JMH could not tell
     * @param unit such as {@code us/op} or {@code ops/s}
     */
    record Score(double value, double error, String unit) {}

    /**
     * One benchmark of a run.
     *
     * @param benchmark class and method, without the package: {@code DocumentBenchmark.scan}
     * @param params the JMH parameters
     * @param threads the thread count
     * @param mode the JMH mode, such as {@code avgt}
     * @param primary the primary score
     * @param secondary the secondary scores by name, such as {@code gc.alloc.rate.norm}
     * @param drift how much slower the first half of a fork's measurements ran than the second
     *     half (1.0: steady), the worst fork's; a clear drift means the warm-up was too short
     */
    record Result(String benchmark, Map<String, String> params, int threads, String mode, Score primary,
            Map<String, Score> secondary, double drift) {

        /** A first half this much slower than the second says the warm-up was too short. */
        static final double DRIFT_LIMIT = 1.3;

        boolean drifting() {
            return drift > DRIFT_LIMIT;
        }

        boolean matches(Side side) {
            if (!benchmark.equals(side.benchmark)) {
                return false;
            }
            for (Map.Entry<String, String> e : side.params.entrySet()) {
                if (!e.getValue().equals(params.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        String paramText() {
            if (params.isEmpty()) {
                return "";
            }
            StringBuilder s = new StringBuilder();
            new TreeMap<>(params).forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
            return s.toString();
        }
    }

    /**
     * One side of a ratio: a benchmark and the parameters it must have.
     *
     * @param benchmark class and method, such as {@code DocumentBenchmark.pojoRead}
     * @param params the parameter values to match; others may have any value
     */
    record Side(String benchmark, Map<String, String> params) {
        static Side of(String benchmark) {
            return new Side(benchmark, Map.of());
        }

        static Side of(String benchmark, String param, String value) {
            return new Side(benchmark, Map.of(param, value));
        }

        @Override
        public String toString() {
            return params.isEmpty() ? benchmark : benchmark + params;
        }
    }

    /**
     * A figure: numerator over denominator, the numerator taken per thread where it ran on several.
     *
     * @param name the name on the RATIO line
     * @param numerator the benchmark divided
     * @param denominator the benchmark divided by
     * @param metric what is compared
     * @param goal how the target is read
     * @param target the target, NaN when there is none
     * @param numeratorThreads the threads the numerator's score is shared among, 1 or more: the
     *     numerator is its score divided by them
     */
    record Figure(String name, Side numerator, Side denominator, Metric metric, Goal goal, double target, int numeratorThreads) {

        /** A figure of two scores as they are. */
        Figure(String name, Side numerator, Side denominator, Metric metric, Goal goal, double target) {
            this(name, numerator, denominator, metric, goal, target, 1);
        }

        String targetText() {
            return goal == Goal.NONE ? "-" : goal.symbol + " " + format(target);
        }

        String status(double value) {
            switch (goal) {
                case AT_MOST:
                    return value <= target ? "met" : "MISSED";
                case AT_LEAST:
                    return value >= target ? "met" : "MISSED";
                case ABOUT:
                    return Math.abs(value - target) <= target / 4 ? "met" : "MISSED";
                default:
                    return "";
            }
        }
    }

    /**
     * A computed figure.
     *
     * @param figure what was computed
     * @param value the ratio
     * @param error its estimated 99.9% error, NaN when unknown
     */
    record Ratio(Figure figure, double value, double error) {}

    /**
     * Returns every figure the suite reports, headline payload first.
     *
     * @return the figures
     */
    static List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        payloads.add(HEADLINE_PAYLOAD);
        payloads.addAll(OTHER_PAYLOADS);
        for (String payload : payloads) {
            String suffix = payload.equals(HEADLINE_PAYLOAD) ? "" : "." + payload;
            figures.add(document("read_validate_vs_pojo_read" + suffix, "readValidate", "pojoRead", payload, Metric.TIME, Goal.AT_MOST, 1.5));
            figures.add(document("read_validate_vs_scan" + suffix, "readValidate", "scan", payload, Metric.TIME, Goal.AT_MOST, 4));
            figures.add(document("write_vs_pojo_write" + suffix, "write", "pojoWrite", payload, Metric.TIME, Goal.AT_MOST, 1.2));
            figures.add(document("validate_object_vs_pojo_read" + suffix, "validateObject", "pojoRead", payload, Metric.TIME, Goal.AT_MOST, 0.5));
            figures.add(document("read_vs_pojo_read" + suffix, "read", "pojoRead", payload, Metric.TIME, Goal.NONE, Double.NaN));
            figures.add(document("alloc_read_validate_vs_pojo_read" + suffix, "readValidate", "pojoRead", payload, Metric.ALLOCATION, Goal.NONE, Double.NaN));
            if (payload.equals(HEADLINE_PAYLOAD)) {
                figures.add(new Figure("two_threads_vs_one", Side.of(THREADS + ".twoThreads"), Side.of(THREADS + ".oneThread"),
                        Metric.THROUGHPUT, Goal.AT_LEAST, 1.8));
            }
        }
        // The command over NDJSON: how two threads scale it, and what it keeps of the library's rate.
        figures.add(new Figure("ndjson_two_threads_vs_one", Side.of(NDJSON + ".commandTwoThreads"), Side.of(NDJSON + ".commandOneThread"),
                Metric.THROUGHPUT, Goal.AT_LEAST, 1.7));
        figures.add(new Figure("ndjson_per_thread_vs_validate_payload", Side.of(NDJSON + ".commandTwoThreads"),
                Side.of(NDJSON + ".validatePayload"), Metric.THROUGHPUT, Goal.AT_LEAST, 0.5, 2));
        figures.add(new Figure("ndjson_one_thread_vs_validate_payload", Side.of(NDJSON + ".commandOneThread"),
                Side.of(NDJSON + ".validatePayload"), Metric.THROUGHPUT, Goal.NONE, Double.NaN));
        figures.add(new Figure("annual_100k_vs_10k", Side.of(ANNUAL, "agreements", "100000"), Side.of(ANNUAL, "agreements", "10000"),
                Metric.TIME, Goal.ABOUT, 10));
        figures.add(new Figure("annual_1m_vs_100k", Side.of(ANNUAL, "agreements", "1000000"), Side.of(ANNUAL, "agreements", "100000"),
                Metric.TIME, Goal.ABOUT, 10));
        return figures;
    }

    private static Figure document(String name, String numerator, String denominator, String payload, Metric metric, Goal goal,
            double target) {
        return new Figure(name, Side.of(DOCUMENT + "." + numerator, "payload", payload),
                Side.of(DOCUMENT + "." + denominator, "payload", payload), metric, goal, target);
    }

    /**
     * Reads the results of one JMH run ({@code -rf json}).
     *
     * @param json the file's text, not null
     * @return the results, in file order
     * @throws IllegalArgumentException if the text is not a JMH JSON result
     */
    static List<Result> parse(String json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        if (!root.isArray()) {
            throw new IllegalArgumentException("Not a JMH JSON result: expected an array");
        }
        List<Result> results = new ArrayList<>();
        for (JsonNode b : root) {
            String benchmark = b.path("benchmark").asString("");
            String[] parts = benchmark.split("\\.");
            String shortName = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
            Map<String, String> params = new LinkedHashMap<>();
            b.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString("")));
            Map<String, Score> secondary = new LinkedHashMap<>();
            b.path("secondaryMetrics").properties().forEach(e -> secondary.put(stripPrefix(e.getKey()), score(e.getValue())));
            String mode = b.path("mode").asString("");
            results.add(new Result(shortName, Collections.unmodifiableMap(params), b.path("threads").asInt(1),
                    mode, score(b.path("primaryMetric")), Collections.unmodifiableMap(secondary),
                    drift(b.path("primaryMetric").path("rawData"), mode.equals("thrpt"))));
        }
        return results;
    }

    /** The worst fork's ratio of first-half to second-half mean time per operation. */
    private static double drift(JsonNode rawData, boolean throughput) {
        double worst = 1.0;
        for (JsonNode fork : rawData) {
            int n = fork.size();
            if (n < 4) {
                continue;
            }
            double first = 0;
            double second = 0;
            for (int i = 0; i < n / 2; i++) {
                first += number(fork.get(i));
                second += number(fork.get(n - 1 - i));
            }
            double ratio = throughput ? second / first : first / second;
            if (ratio > worst) {
                worst = ratio;
            }
        }
        return worst;
    }

    /** Older JMH versions put a middle dot before profiler metrics. */
    private static String stripPrefix(String name) {
        return name.startsWith("\u00b7") ? name.substring(1) : name;
    }

    private static Score score(JsonNode metric) {
        return new Score(number(metric.path("score")), number(metric.path("scoreError")), metric.path("scoreUnit").asString(""));
    }

    /** JMH writes NaN and infinities as strings. */
    private static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isString()) {
            try {
                return Double.parseDouble(n.asString(""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /**
     * Computes a figure from results.
     *
     * @param figure the figure, not null
     * @param results the results of one or more runs, not null
     * @return the ratio, or empty if a side (or its allocation metric) is missing
     */
    static Optional<Ratio> compute(Figure figure, List<Result> results) {
        Optional<Score> top = find(figure.numerator, figure.metric, results);
        Optional<Score> bottom = find(figure.denominator, figure.metric, results);
        if (top.isEmpty() || bottom.isEmpty()) {
            return Optional.empty();
        }
        double a = top.get().value() / figure.numeratorThreads();
        double b = bottom.get().value();
        double ratio = a / b;
        double relative = Math.hypot(top.get().error() / top.get().value(), bottom.get().error() / b);
        return Optional.of(new Ratio(figure, ratio, Math.abs(ratio) * relative));
    }

    /** The score of a side in the figure's metric, normalised to nanoseconds, ops per second or bytes. */
    private static Optional<Score> find(Side side, Metric metric, List<Result> results) {
        for (Result r : results) {
            if (!r.matches(side)) {
                continue;
            }
            if (metric == Metric.ALLOCATION) {
                Score s = r.secondary().get(ALLOC_NORM);
                return Optional.ofNullable(s);
            }
            Score s = r.primary();
            Optional<Double> nanosPerOp = nanosPerOp(s.unit());
            Optional<Double> opsPerSecond = opsPerSecond(s.unit());
            double value;
            double error;
            if (nanosPerOp.isPresent()) {
                value = s.value() * nanosPerOp.get();
                error = s.error() * nanosPerOp.get();
                if (metric == Metric.THROUGHPUT) {
                    // 1/x has the same relative error as x.
                    double ops = 1e9 / value;
                    return Optional.of(new Score(ops, ops * error / value, "ops/s"));
                }
                return Optional.of(new Score(value, error, "ns/op"));
            } else if (opsPerSecond.isPresent()) {
                value = s.value() * opsPerSecond.get();
                error = s.error() * opsPerSecond.get();
                if (metric == Metric.TIME) {
                    double nanos = 1e9 / value;
                    return Optional.of(new Score(nanos, nanos * error / value, "ns/op"));
                }
                return Optional.of(new Score(value, error, "ops/s"));
            }
            throw new IllegalArgumentException("Unknown unit " + s.unit() + " of " + r.benchmark());
        }
        return Optional.empty();
    }

    private static Optional<Double> nanosPerOp(String unit) {
        switch (unit) {
            case "ns/op":
                return Optional.of(1.0);
            case "us/op":
                return Optional.of(1e3);
            case "ms/op":
                return Optional.of(1e6);
            case "s/op":
                return Optional.of(1e9);
            case "min/op":
                return Optional.of(60e9);
            default:
                return Optional.empty();
        }
    }

    private static Optional<Double> opsPerSecond(String unit) {
        switch (unit) {
            case "ops/ns":
                return Optional.of(1e9);
            case "ops/us":
                return Optional.of(1e6);
            case "ops/ms":
                return Optional.of(1e3);
            case "ops/s":
                return Optional.of(1.0);
            case "ops/min":
                return Optional.of(1 / 60.0);
            default:
                return Optional.empty();
        }
    }

    /**
     * Formats a ratio as the RATIO lines print it: three decimals.
     *
     * @param value the value
     * @return the text
     */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * Prints the table of raw scores, the table of figures and the RATIO lines.
     *
     * @param results the JMH results, not null
     * @param cold the cold-start measurement, if any
     * @param out where to print, not null
     */
    static void print(List<Result> results, Optional<ColdStart.Measurement> cold, PrintStream out) {
        out.println("Raw scores (error: half-width of the 99.9% confidence interval; alloc from -prof gc)");
        out.println(String.format(Locale.ROOT, "%-42s %-24s %3s %-5s %12s   %-10s %-6s %14s",
                "benchmark", "params", "thr", "mode", "score", "error", "unit", "alloc B/op"));
        boolean anyDrift = false;
        for (Result r : results) {
            Score s = r.primary();
            Score alloc = r.secondary().get(ALLOC_NORM);
            out.println(String.format(Locale.ROOT, "%-42s %-24s %3d %-5s %12.3f ± %-10s %-6s %14s%s",
                    r.benchmark(), r.paramText(), r.threads(), r.mode(), s.value(), errorText(s.error()), s.unit(),
                    alloc == null ? "-" : String.format(Locale.ROOT, "%.0f ± %s", alloc.value(), errorText(alloc.error())),
                    r.drifting() ? String.format(Locale.ROOT, "  ! drift %.1fx", r.drift()) : ""));
            anyDrift |= r.drifting();
        }
        if (anyDrift) {
            out.println("! the first half of the measurements ran this much slower than the second: the warm-up was too"
                    + " short for the load on the machine, and the score overstates the steady-state cost");
        }
        out.println();
        out.println("Figures (lower is better, except where the target is >=)");
        out.println(String.format(Locale.ROOT, "%-44s %9s   %-9s %-9s %s", "figure", "ratio", "error", "target", "status"));
        List<String> ratioLines = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        for (String payload : OTHER_PAYLOADS) {
            if (results.stream().noneMatch(r -> payload.equals(r.params().get("payload")))) {
                notRun.add(payload);
            }
        }
        for (Figure f : figures()) {
            if (notRun.stream().anyMatch(p -> f.name().endsWith("." + p))) {
                continue;
            }
            Optional<Ratio> r = compute(f, results);
            if (r.isEmpty()) {
                List<String> absent = new ArrayList<>();
                for (Side side : List.of(f.numerator(), f.denominator())) {
                    if (find(side, f.metric(), results).isEmpty()) {
                        absent.add(side.toString());
                    }
                }
                out.println(String.format(Locale.ROOT, "%-44s %9s   %-9s %-9s missing: no %s",
                        f.name(), "-", "", f.targetText(), String.join(", no ", absent)));
                continue;
            }
            double v = r.get().value();
            out.println(String.format(Locale.ROOT, "%-44s %9s ± %-9s %-9s %s",
                    f.name(), format(v), errorText(r.get().error()), f.targetText(), f.status(v)));
            ratioLines.add("RATIO " + f.name() + " " + format(v));
        }
        if (cold.isPresent()) {
            ColdStart.Measurement c = cold.get();
            out.println(String.format(Locale.ROOT, "%-44s %9s   %-9s %-9s %s (medians %.0f ms / %.0f ms over %d runs; measured: %s)",
                    ColdStart.FIGURE, format(c.ratio()), "", "<= " + format(ColdStart.TARGET),
                    c.ratio() <= ColdStart.TARGET ? "met" : "MISSED", c.validateMillis(), c.helloMillis(), c.runs(), c.measured()));
            ratioLines.add("RATIO " + ColdStart.FIGURE + " " + format(c.ratio()));
        } else {
            out.println(String.format(Locale.ROOT, "%-44s %9s   %-9s %-9s missing: no cold-start measurement",
                    ColdStart.FIGURE, "-", "", "<= " + format(ColdStart.TARGET)));
        }
        if (!notRun.isEmpty()) {
            out.println("(payloads " + String.join(", ", notRun) + " not in the results: their figures are left out)");
        }
        out.println();
        ratioLines.forEach(out::println);
    }

    private static String errorText(double error) {
        return Double.isNaN(error) ? "NaN" : String.format(Locale.ROOT, "%.3f", error);
    }

    /**
     * Prints the figures of JMH result files.
     *
     * @param args {@code [--cold cold.json] result.json...}
     * @throws Exception if a file cannot be read or parsed
     */
    public static void main(String[] args) throws Exception {
        List<Result> results = new ArrayList<>();
        Optional<ColdStart.Measurement> cold = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cold")) {
                Path file = Path.of(Objects.requireNonNull(i + 1 < args.length ? args[++i] : null, "--cold needs a file"));
                if (Files.exists(file)) {
                    cold = Optional.of(ColdStart.Measurement.parse(Files.readString(file, StandardCharsets.UTF_8)));
                }
            } else {
                results.addAll(parse(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
            }
        }
        print(results, cold, System.out);
    }
}
