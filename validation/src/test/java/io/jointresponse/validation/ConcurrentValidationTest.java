package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One validator shared by eight threads gives, for 10,000 mixed payloads (valid, breaking rules,
 * structurally wrong, malformed), exactly the reports that validating them one after another gives.
 */
class ConcurrentValidationTest {

    private static final long SEED = 20261123L;

    private static final DocumentKind[] KINDS = DocumentKind.values();

    private static List<byte[]> payloads(long seed, int count) {
        JointResponseJson json = JointResponseJson.strict();
        Generators generators = new Generators(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Any kind, or the share that still carries classified data.
            int k = random.nextInt(KINDS.length + 1);
            String text = json.writeString(k < KINDS.length ? generators.document(KINDS[k]) : generators.rawOnwardShare());
            switch (random.nextInt(6)) {
                case 0 -> text = text.replaceFirst("\"(\\d{4})-", "\"$1/"); // an unreadable date
                case 1 -> text = text.substring(0, text.length() - 1) + ",\"unknown\":1}";
                case 2 -> text = text.substring(0, random.nextInt(text.length())); // truncated
                case 3 -> text = text.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":7");
                default -> { } // as generated: valid, or breaking time rules under the early clock below
            }
            out.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> report(JointResponseValidator validator, byte[] payload) {
        List<String> out = new ArrayList<>();
        for (Finding f : validator.validatePayload(payload).findings()) {
            out.add(f.ruleId() + " " + f.severity() + " " + f.pointer() + " " + f.message());
        }
        return out;
    }

    @Test
    void eightThreadsGiveTheSequentialReports() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            // Half the payloads are judged against a clock before their events, so rules fire too.
            JointResponseValidator validator = JointResponseValidator.builder().locale(locale)
                    .clock(Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
            List<byte[]> payloads = payloads(SEED, 5_000);
            List<List<String>> sequential = new ArrayList<>();
            for (byte[] p : payloads) {
                sequential.add(report(validator, p));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> futures = new ArrayList<>();
                for (byte[] p : payloads) {
                    futures.add(pool.submit(() -> report(validator, p)));
                }
                for (int i = 0; i < payloads.size(); i++) {
                    assertThat(futures.get(i).get()).as("payload %d of seed %d, %s", i, SEED, locale).isEqualTo(sequential.get(i));
                }
            } finally {
                pool.shutdownNow();
            }
            long withFindings = sequential.stream().filter(r -> !r.isEmpty()).count();
            assertThat(withFindings).isBetween(1L, (long) payloads.size() - 1);
            System.out.printf("concurrent validation (%s): %d payloads, %d with findings, same reports on 8 threads%n",
                    locale, payloads.size(), withFindings);
        }
    }

    /**
     * Warming up builds the readers that reading builds on its own: done on four threads while four
     * others read, for every kind, it changes no result of a fresh instance's reads.
     */
    @Test
    void warmingUpWhileReadingChangesNoResult() throws Exception {
        List<byte[]> payloads = payloads(SEED + 1, 2_000);
        JointResponseJson reference = JointResponseJson.create(ReaderOptions.strict());
        List<String> expected = new ArrayList<>();
        for (byte[] p : payloads) {
            expected.add(describe(reference, reference.read(p)));
        }
        JointResponseJson fresh = JointResponseJson.create(ReaderOptions.strict());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> warmUps = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                warmUps.add(pool.submit(() -> {
                    fresh.warmUp(KINDS);
                    JointResponseValidator.warmUp(KINDS);
                }));
            }
            List<Future<String>> reads = new ArrayList<>();
            for (byte[] p : payloads) {
                reads.add(pool.submit(() -> describe(fresh, fresh.read(p))));
            }
            for (Future<?> w : warmUps) {
                w.get();
            }
            for (int i = 0; i < payloads.size(); i++) {
                assertThat(reads.get(i).get()).as("payload %d", i).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A read's document, as written, and its findings with their messages. */
    private static String describe(JointResponseJson json, ReadResult<?> read) {
        StringBuilder out = new StringBuilder(read.document().map(d -> json.writeString(d)).orElse("no document"));
        for (Finding f : read.findings()) {
            out.append('\n').append(f.ruleId()).append(' ').append(f.pointer()).append(' ').append(f.message());
        }
        return out.toString();
    }

    @Test
    void warmingUpRefusesAMissingKind() {
        assertThatNullPointerException()
                .isThrownBy(() -> JointResponseValidator.warmUp(DocumentKind.AGREEMENT, null));
    }
}
