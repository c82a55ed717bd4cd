package io.jointresponse.cli.output;

import io.jointresponse.validation.RunSummary;

/**
 * Writes the results of a validation run as they come, so that a long run needs no memory for the
 * documents already done.
 */
public interface ResultWriter {

    /**
     * Writes one document's result.
     *
     * @param result the result, not null
     */
    void document(DocumentResult result);

    /**
     * Writes the closing summary and flushes.
     *
     * @param summary the counts of the whole run, not null
     */
    void finish(RunSummary summary);
}
