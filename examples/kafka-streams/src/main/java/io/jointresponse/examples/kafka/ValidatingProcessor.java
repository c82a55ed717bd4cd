package io.jointresponse.examples.kafka;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.document.Document;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Validates each payload with the shared validator, in the context of the agreements table, and
 * passes the outcome on under the record's own key. It keeps no state of its own: one per task,
 * all sharing one validator.
 *
 * <p>Incident reports look their agreement up in the table (INC-001; INC-004 when it is not
 * there). Annual reports and national compilations are checked against every record of the table
 * (ANR-003), as {@code jointresponse validate --agreements} checks them against the records it is
 * given: the table is the system of record. An empty table declares nothing (a deployment whose
 * agreements have not arrived yet): documents are then validated with the empty context, where
 * those rules are silent, exactly as the fixtures' manifest validates an entry without records.
 * The table is read as the global thread last updated it: an incident report that arrives just
 * before its agreement reaches the table gets INC-004 (its agreement could not be checked).
 */
final class ValidatingProcessor implements FixedKeyProcessor<String, byte[], Outcome> {

    private static final JointResponseJson JSON = JointResponseJson.strict();

    private final PayloadCheck check;
    private FixedKeyProcessorContext<String, Outcome> context;
    private TimestampedKeyValueStore<String, byte[]> agreements;
    private ValidationContext lookup;

    ValidatingProcessor(PayloadCheck check) {
        this.check = check;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> processorContext) {
        this.context = processorContext;
        this.agreements = processorContext.getStateStore(ValidationTopology.AGREEMENT_STORE);
        this.lookup = ValidationContext.withAgreementLookup(id -> agreement(id, agreements.get(id)));
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        // A tombstone is no document: validated as an empty payload, it is unreadable.
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        boolean tableEmpty = isEmpty();
        ValidationReport report = check.validate(payload, tableEmpty ? ValidationContext.empty() : lookup);
        Optional<Document> document = report.document();
        if (!tableEmpty && document.isPresent()
                && (document.get() instanceof AnnualReport || document.get() instanceof NationalCompilation)) {
            report = check.validate(payload, ValidationContext.of(allAgreements()));
        }
        String source = context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElse("unknown");
        context.forward(record.withValue(new Outcome(source, record.value(), report)));
    }

    private boolean isEmpty() {
        try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> all = agreements.all()) {
            return !all.hasNext();
        }
    }

    /** Reads every agreement of the table; records that do not read as agreements are left out. */
    private List<Agreement> allAgreements() {
        List<Agreement> records = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> all = agreements.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<byte[]>> next = all.next();
                agreement(next.key, next.value).ifPresent(records::add);
            }
        }
        return records;
    }

    /**
     * Reads one record of the table. One that does not read as an agreement, or whose key is not its
     * id, counts as absent, so that a report naming it gets INC-004 (not checked) rather than a
     * false INC-001.
     */
    private static Optional<Agreement> agreement(String id, ValueAndTimestamp<byte[]> stored) {
        if (stored == null || stored.value() == null) {
            return Optional.empty();
        }
        return JSON.read(stored.value(), Agreement.class).document().filter(a -> a.id().equals(id));
    }
}
