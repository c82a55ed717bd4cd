package io.jointresponse.cli;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a fixed number of threads and hands their results to one consumer, on the thread
 * that submits them, in the order they were submitted: what lets {@code validate} use every core and
 * still print its results as one thread would.
 *
 * <p>Memory stays bounded whatever the input. At most {@code window} tasks are pending (queued,
 * running, or done and waiting for their turn), and the weights of the pending tasks (the bytes each
 * holds) add up to at most the budget; a task heavier than the budget by itself waits until nothing
 * else is pending. Submitting waits for room, handing on results in order meanwhile, so the input
 * is read only a window ahead of the output.
 *
 * <p>With one thread there is no pool: each task runs on the submitting thread when it is submitted
 * and its result is handed on at once, as a plain loop would.
 *
 * <p>A task that throws ends the run: when its turn comes, every earlier result has been handed on,
 * and its exception is rethrown on the submitting thread. An interrupt of the submitting thread while
 * it waits ends the run too, with a {@link CancellationException}, its interrupt status kept. Either
 * way nothing waits on a task that will not finish. {@link #close()} stops the threads; a task
 * running then finishes on its own and its result is dropped. One thread submits and consumes: the
 * pipeline is not thread-safe.
 *
 * @param <T> the type of the results
 */
final class OrderedPipeline<T> implements AutoCloseable {

    /** A task that has not been handed on yet, with the weight it holds until then. */
    private record Pending<T>(Future<T> result, long weight) {}

    private final Consumer<? super T> consumer;
    private final ExecutorService pool;
    private final int window;
    private final long budget;
    private final ArrayDeque<Pending<T>> pending = new ArrayDeque<>();
    private long pendingWeight;

    /**
     * Starts a pipeline; its threads start as tasks come.
     *
     * @param threads how many tasks run at once, 1 or more
     * @param window how many tasks may be pending at once, at least {@code threads}
     * @param budget the total weight pending tasks may hold, 0 or more
     * @param consumer what each result is handed to, in submission order, on the submitting thread;
     *     not null
     * @throws IllegalArgumentException if a number is out of range
     */
    OrderedPipeline(int threads, int window, long budget, Consumer<? super T> consumer) {
        if (threads < 1 || window < threads || budget < 0) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window + ", budget " + budget);
        }
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.window = window;
        this.budget = budget;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, new Workers());
    }

    /**
     * Runs a task, after waiting for room for it.
     *
     * @param weight what the task holds until its result is handed on, such as the bytes of its
     *     payload; 0 or more
     * @param task the task, not null; it runs on another thread unless the pipeline has one thread
     * @throws RuntimeException an earlier task's, or this one's if it is done before this returns
     *     (always so with one thread)
     * @throws Error an earlier task's, or this one's if it is done before this returns (always so
     *     with one thread)
     * @throws CancellationException if the submitting thread was interrupted while it waited
     */
    void submit(long weight, Supplier<? extends T> task) {
        Objects.requireNonNull(task, "task");
        if (pool == null) {
            consumer.accept(task.get());
            return;
        }
        makeRoom(weight);
        pending.add(new Pending<>(pool.submit(task::get), weight));
        pendingWeight += weight;
        handOnFinished();
    }

    /**
     * Takes a result known without running a task, such as the finding of an input that could not
     * be read, and hands it on in its turn.
     *
     * @param result the result, as the consumer takes it
     * @throws RuntimeException as for {@link #submit}
     * @throws Error as for {@link #submit}
     * @throws CancellationException as for {@link #submit}
     */
    void add(T result) {
        if (pending.isEmpty()) {
            consumer.accept(result);
            return;
        }
        makeRoom(0);
        pending.add(new Pending<>(CompletableFuture.completedFuture(result), 0));
    }

    /**
     * Waits for every pending task and hands on its result.
     *
     * @throws RuntimeException as for {@link #submit}
     * @throws Error as for {@link #submit}
     * @throws CancellationException as for {@link #submit}
     */
    void finish() {
        while (!pending.isEmpty()) {
            handOnFirst();
        }
    }

    /** Stops the threads and drops the results not handed on. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        pending.clear();
        pendingWeight = 0;
    }

    private void makeRoom(long weight) {
        while (!pending.isEmpty() && (pending.size() >= window || pendingWeight + weight > budget)) {
            handOnFirst();
        }
    }

    /** Hands on results that are ready, so that output flows while the input is still being read. */
    private void handOnFinished() {
        while (!pending.isEmpty() && pending.peek().result().isDone()) {
            handOnFirst();
        }
    }

    private void handOnFirst() {
        Pending<T> first = pending.peek();
        T result = await(first.result());
        pending.poll();
        pendingWeight -= first.weight();
        consumer.accept(result);
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Interrupted while waiting for a result");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Makes the pool's threads: daemons, so that a run that ends by an exception never keeps the JVM
     * alive, and named, so that a thread dump shows whose they are.
     */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "jointresponse-validate-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
