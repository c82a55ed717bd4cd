package io.jointresponse.examples.kafka;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Turns an unreadable record into its dead letter: the value as it arrived, so that it can be
 * looked at and replayed, and its report (the finding, as the command prints it) in the header
 * {@value #REPORT_HEADER}.
 */
final class DeadLetterReport implements FixedKeyProcessor<String, Outcome, byte[]> {

    /** The header that carries the report of a dead letter. */
    static final String REPORT_HEADER = "jointresponse.report";

    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> processorContext) {
        this.context = processorContext;
    }

    @Override
    public void process(FixedKeyRecord<String, Outcome> record) {
        Outcome outcome = record.value();
        record.headers().remove(REPORT_HEADER).add(REPORT_HEADER, outcome.reportJson());
        context.forward(record.withValue(outcome.payload()));
    }
}
