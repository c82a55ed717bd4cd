package io.jointresponse.examples.kafka;

import io.jointresponse.validation.JointResponseValidator;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * A Kafka Streams topology that validates every payload of a topic with one shared
 * {@link JointResponseValidator} and routes it by the outcome:
 *
 * <ul>
 *   <li>a valid document (no ERROR finding) goes to {@link Topics#valid()} as it arrived;</li>
 *   <li>the report of a document with findings (errors, or warnings only) goes to
 *       {@link Topics#findings()}, as JSON in exactly the form {@code jointresponse validate
 *       --format json} prints for one file ({@code ReportJson}), the record's
 *       {@code <topic>-<partition>@<offset>} as its {@code file}; a document with warnings only
 *       goes to both topics, so that no warning is lost;</li>
 *   <li>input that is not JSON within the reader's limits (and a tombstone) goes to
 *       {@link Topics#deadLetters()} as it arrived, its report in the header
 *       {@value DeadLetterReport#REPORT_HEADER}.</li>
 * </ul>
 *
 * <p><b>Other records.</b> The agreements topic is read as a global table, which every instance
 * holds in full; cross-record rules consult it (INC-001 and INC-004 by agreement id, ANR-003 against
 * every record). While it is empty, documents are validated with the empty context, where those
 * rules are silent.
 *
 * <p><b>Keys and order.</b> Producers key each payload by the prefecture code of the police that
 * sends it ({@code 13} for 警視庁). The topology keeps that key on every output and never
 * repartitions, so one prefecture's records stay in one partition and in their order on every
 * output topic; unreadable records keep their original key too. It does not re-key by the
 * prefecture read from the document: not every kind names one (a notice, a national compilation),
 * re-keying would need a repartition topic (every record written and read once more), and it could
 * not restore an order that a producer's partitioning had already lost. Records without a key are
 * validated like the others, but Kafka keeps no order among them.
 *
 * <p><b>Failures never stop it.</b> The payload serde ({@code byte[]}) cannot fail to deserialize,
 * and the validator turns any bad payload into findings; the handlers in {@link #config} are there
 * for the failures that can still happen. A key serde that can fail (a strict one, swapped in
 * later) is caught by the deserialization handler; an exception in processing (a defect: the
 * validator never throws for bad input) by the processing handler; both log and send the input
 * record to the dead-letter topic with Kafka's {@code __streams.errors.*} headers, and go on. A
 * record the broker refuses to take (larger than {@code max.request.size} or the topic's
 * {@code max.message.bytes}) is handed to {@link OversizeProductionHandler}, which sends a small
 * dead letter naming it instead. Any other production failure stops the application: it is a
 * configuration problem (an ACL, a missing topic), and dropping records silently would be worse.
 */
public final class ValidationTopology {

    /** The name of the global store that holds the agreements table. */
    static final String AGREEMENT_STORE = "jointresponse-agreements";

    private ValidationTopology() {}

    /**
     * Builds the topology.
     *
     * @param topics the topic names, not null
     * @param validator the validator every record goes through; one, shared by every task and thread
     *     (it is immutable and thread-safe); not null
     * @return the topology
     */
    public static Topology build(Topics topics, JointResponseValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return build(topics, validator::validatePayload);
    }

    /**
     * Builds the topology around a check, which a test may make fail.
     *
     * @param topics the topic names, not null
     * @param check the validation, not null
     * @return the topology
     */
    static Topology build(Topics topics, PayloadCheck check) {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(check, "check");
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(topics.agreements(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                // Kept in memory: a country's agreements number in the thousands, and each instance holds them all.
                Materialized.<String, byte[]>as(Stores.inMemoryKeyValueStore(AGREEMENT_STORE))
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.ByteArray()));

        KStream<String, Outcome> outcomes = builder
                .stream(topics.payloads(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .processValues(() -> new ValidatingProcessor(check), Named.as("validate"));
        Produced<String, byte[]> produced = Produced.with(Serdes.String(), Serdes.ByteArray());
        outcomes.filter((key, outcome) -> outcome.valid(), Named.as("valid"))
                .mapValues(Outcome::payload, Named.as("valid-document"))
                .to(topics.valid(), produced);
        outcomes.filter((key, outcome) -> outcome.hasFindings(), Named.as("with-findings"))
                .mapValues(Outcome::reportJson, Named.as("report-json"))
                .to(topics.findings(), produced);
        outcomes.filter((key, outcome) -> outcome.unreadable(), Named.as("unreadable"))
                .processValues(DeadLetterReport::new, Named.as("dead-letter"))
                .to(topics.deadLetters(), produced);
        return builder.build();
    }

    /**
     * Returns the configuration the topology is meant to run with: exactly-once processing
     * ({@code exactly_once_v2}: each record's outputs and its consumed offset are committed in one
     * transaction, so a restart neither loses nor repeats an output), the exception handlers
     * described above, and the dead-letter topic of the handlers.
     *
     * @param applicationId the application id, which names the consumer group and internal topics; not null
     * @param bootstrapServers the brokers, such as {@code localhost:9092}; not null
     * @param topics the topic names, not null
     * @return the configuration, to be completed by the caller (sizes, security) as needed
     */
    public static Properties config(String applicationId, String bootstrapServers, Topics topics) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, Objects.requireNonNull(applicationId, "applicationId"));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName());
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, OversizeProductionHandler.class.getName());
        config.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters());
        return config;
    }
}
