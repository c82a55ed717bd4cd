package io.jointresponse.cli.output;

import io.jointresponse.validation.RunSummary;

/**
 * Writes the results of a validation run as they come, so that a long run needs no memory for the
 * documents already done.
 */
public interface ResultWriter {

    /**
     * Writes one document's result: {@link #render(DocumentResult)}, then {@link #write(Rendered)}.
     *
     * @param result the result, not null
     */
    default void document(DocumentResult result) {
        write(render(result));
    }

    /**
     * Does, on any thread and ahead of its turn, whatever of writing a result does not touch the
     * output, such as building its text, so that validating threads share that work. Thread-safe.
     *
     * @param result the result, not null
     * @return the result, ready for {@link #write(Rendered)}
     */
    default Rendered render(DocumentResult result) {
        return new Rendered(result, null);
    }

    /**
     * Writes one document's result that {@link #render(DocumentResult)} of this writer prepared, in
     * its turn.
     *
     * @param rendered the result, not null
     */
    void write(Rendered rendered);

    /**
     * A document's result, with its output built ahead where the writer builds it apart from writing.
     *
     * @param result the result, not null
     * @param text the output built ahead, or null when the writer builds it as it writes
     */
    record Rendered(DocumentResult result, String text) {}

    /**
     * Writes the closing summary and flushes.
     *
     * @param summary the counts of the whole run, not null
     */
    void finish(RunSummary summary);
}
