package io.jointresponse.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the topology going when an output record is too large for the broker, and fails it on any
 * other production error.
 *
 * <p>An output can outgrow its input: a dead letter carries the payload and its report, and a
 * report may hold many findings. Such a record is not retried (it can never fit); a small dead
 * letter takes its place: the source record's key, no value, and Kafka's own error headers
 * ({@code __streams.errors.exception}, {@code .message}, {@code .topic}, {@code .partition},
 * {@code .offset}), which name where the input still is. The log line names the same, and never
 * the payload.
 *
 * <p>Any other failure (authorization, a missing topic, a serializer that throws) stops the
 * application, as Kafka's default handler does: it needs a person, and going on would drop every
 * record after it.
 */
public final class OversizeProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OversizeProductionHandler.class);

    private String deadLetters;

    /** Made by Kafka Streams from its configuration. */
    public OversizeProductionHandler() {}

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        this.deadLetters = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!(exception instanceof RecordTooLargeException)) {
            return Response.fail();
        }
        LOG.warn("A record for {} is too large for the broker; source {}-{}@{} goes to the dead letters without its value",
                record.topic(), context.topic(), context.partition(), context.offset());
        if (deadLetters == null) {
            return Response.resume();
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("__streams.errors.exception", utf8(exception.getClass().getName()));
        headers.add("__streams.errors.message", utf8("The record for " + record.topic() + " is larger than the broker accepts."));
        headers.add("__streams.errors.topic", utf8(context.topic()));
        headers.add("__streams.errors.partition", utf8(Integer.toString(context.partition())));
        headers.add("__streams.errors.offset", utf8(Long.toString(context.offset())));
        return Response.resume(List.of(new ProducerRecord<>(deadLetters, null, context.sourceRawKey(), null, headers)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
