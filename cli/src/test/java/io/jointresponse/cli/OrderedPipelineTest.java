package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderedPipelineTest {

    /** Long enough for any test here on a busy machine; a hang fails instead of stalling the build. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    /** Sleeps for up to the given microseconds, so that tasks finish out of order. */
    private static void work(SplittableRandom random, int maxMicros) {
        LockSupport.parkNanos(random.nextInt(maxMicros + 1) * 1_000L);
    }

    @ParameterizedTest(name = "{0} threads, window {1}")
    @CsvSource({"1, 1", "2, 2", "2, 8", "4, 16", "8, 9"})
    void handsOnEveryResultInSubmissionOrderOnTheSubmittingThreadWithinTheWindow(int threads, int window) {
        assertTimeoutPreemptively(NO_HANG, () -> {
            List<Integer> handedOn = new ArrayList<>();
            Thread submitter = Thread.currentThread();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostRunning = new AtomicInteger();
            Set<String> workers = ConcurrentHashMap.newKeySet();
            AtomicInteger submitted = new AtomicInteger();
            int[] mostPending = {0};
            try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(threads, window, Long.MAX_VALUE, r -> {
                assertThat(Thread.currentThread()).isSameAs(submitter);
                handedOn.add(r);
            })) {
                for (int i = 0; i < 2_000; i++) {
                    int n = i;
                    SplittableRandom random = new SplittableRandom(i);
                    if (i % 7 == 3) {
                        pipeline.add(n);
                    } else {
                        pipeline.submit(1, () -> {
                            int now = running.incrementAndGet();
                            mostRunning.accumulateAndGet(now, Math::max);
                            workers.add(Thread.currentThread().getName());
                            work(random, 200);
                            running.decrementAndGet();
                            return n;
                        });
                    }
                    submitted.incrementAndGet();
                    mostPending[0] = Math.max(mostPending[0], submitted.get() - handedOn.size());
                }
                pipeline.finish();
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                expected.add(i);
            }
            assertThat(handedOn).isEqualTo(expected);
            assertThat(mostPending[0]).as("pending at once").isLessThanOrEqualTo(window);
            assertThat(mostRunning.get()).as("running at once").isLessThanOrEqualTo(threads);
            if (threads == 1) {
                assertThat(workers).as("with one thread, tasks run on the submitting thread").containsExactly(submitter.getName());
            } else {
                assertThat(workers).as("threads used").hasSize(threads).allMatch(n -> n.startsWith("jointresponse-validate-"));
                assertThat(mostRunning.get()).as("running at once").isGreaterThan(1);
            }
        });
    }

    /**
     * The budget, seen from the tasks: the weights of the tasks submitted and not yet handed on never
     * exceed it, except a heavier one alone.
     */
    @Test
    void neverHoldsMoreThanTheBudgetUnlessOneTaskIsHeavierThanItAlone() {
        assertTimeoutPreemptively(NO_HANG, () -> {
            long[] weights = new long[600];
            SplittableRandom random = new SplittableRandom(600);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = i % 97 == 50 ? 25 : 1 + random.nextInt(5);
            }
            int[] handedOn = {0};
            long[] worst = {0};
            List<String> problems = new ArrayList<>();
            try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(3, 100, 12, r -> handedOn[0]++)) {
                for (int i = 0; i < weights.length; i++) {
                    int n = i;
                    pipeline.submit(weights[i], () -> {
                        LockSupport.parkNanos(10_000L * (n % 5));
                        return n;
                    });
                    // After submit returns, tasks handedOn[0]..i are pending.
                    long held = 0;
                    for (int k = handedOn[0]; k <= i; k++) {
                        held += weights[k];
                    }
                    if (held > 12 && !(i - handedOn[0] == 0)) {
                        problems.add("after task " + i + ": " + held + " held by " + (i - handedOn[0] + 1) + " tasks");
                    }
                    worst[0] = Math.max(worst[0], weights[i] > 12 ? 0 : held);
                }
                pipeline.finish();
            }
            assertThat(problems).isEmpty();
            assertThat(handedOn[0]).isEqualTo(weights.length);
            assertThat(worst[0]).isBetween(6L, 12L);
        });
    }

    @Test
    void aTaskThatThrowsEndsTheRunAfterEveryEarlierResultWithItsOwnException() {
        assertTimeoutPreemptively(NO_HANG, () -> {
            IllegalStateException boom = new IllegalStateException("task 50");
            List<Integer> handedOn = new ArrayList<>();
            OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(4, 16, Long.MAX_VALUE, handedOn::add);
            assertThatThrownBy(() -> {
                try (pipeline) {
                    for (int i = 0; i < 1_000; i++) {
                        int n = i;
                        pipeline.submit(1, () -> {
                            if (n == 50) {
                                throw boom;
                            }
                            LockSupport.parkNanos(5_000);
                            return n;
                        });
                    }
                    pipeline.finish();
                }
            }).isSameAs(boom);
            assertThat(handedOn).hasSize(50).last().isEqualTo(49);
        });
    }

    @Test
    void anErrorInATaskIsRethrownAsItself() {
        assertTimeoutPreemptively(NO_HANG, () -> {
            StackOverflowError overflow = new StackOverflowError();
            try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(2, 4, Long.MAX_VALUE, r -> { })) {
                // The task may be done before submit returns, which then hands it on itself.
                assertThatThrownBy(() -> {
                    pipeline.submit(1, () -> {
                        throw overflow;
                    });
                    pipeline.finish();
                }).isSameAs(overflow);
            }
        });
    }

    @Test
    void anInterruptWhileWaitingEndsTheRunKeepsTheInterruptAndCloseStopsTheThreads() {
        assertTimeoutPreemptively(NO_HANG, () -> {
            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(2, 2, Long.MAX_VALUE, r -> { });
            try {
                pipeline.submit(1, () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        stopped.countDown();
                    }
                    return 0;
                });
                Thread.currentThread().interrupt();
                assertThatThrownBy(pipeline::finish).isInstanceOf(CancellationException.class)
                        .hasCauseInstanceOf(InterruptedException.class);
                assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
            } finally {
                pipeline.close();
            }
            assertThat(stopped.await(30, TimeUnit.SECONDS)).as("close interrupts the running task").isTrue();
        });
    }

    @Test
    void aResultKnownAtOnceWaitsForItsTurn() {
        assertTimeoutPreemptively(NO_HANG, () -> {
            CountDownLatch release = new CountDownLatch(1);
            List<String> handedOn = new ArrayList<>();
            try (OrderedPipeline<String> pipeline = new OrderedPipeline<>(2, 8, Long.MAX_VALUE, handedOn::add)) {
                pipeline.add("first");
                pipeline.submit(1, () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "slow";
                });
                pipeline.add("known");
                assertThat(handedOn).containsExactly("first");
                release.countDown();
                pipeline.finish();
            }
            assertThat(handedOn).containsExactly("first", "slow", "known");
        });
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertThatThrownBy(() -> new OrderedPipeline<Integer>(0, 1, 0, r -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderedPipeline<Integer>(4, 3, 0, r -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderedPipeline<Integer>(1, 1, -1, r -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
