package io.jointresponse.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/**
 * A record too large for the broker becomes a small dead letter that names its source, and the
 * topology goes on; any other production failure stops it. The driver has no broker to refuse a
 * record, so the handler is called as Kafka Streams calls it.
 */
class OversizeProductionHandlerTest {

    private static final byte[] KEY = "13".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAYLOAD = "{\"kind\":\"agreement\"}".getBytes(StandardCharsets.UTF_8);

    private static final ErrorHandlerContext SOURCE = new ErrorHandlerContext() {
        @Override
        public String topic() {
            return "jointresponse.payloads";
        }

        @Override
        public int partition() {
            return 3;
        }

        @Override
        public long offset() {
            return 1234;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "dead-letter";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 3);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return KEY;
        }

        @Override
        public byte[] sourceRawValue() {
            return PAYLOAD;
        }
    };

    private static OversizeProductionHandler handler() {
        OversizeProductionHandler handler = new OversizeProductionHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "jointresponse.dead-letters"));
        return handler;
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRecordTooLargeBecomesASmallDeadLetterAndTheTopologyGoesOn() {
        ProducerRecord<byte[], byte[]> refused = new ProducerRecord<>("jointresponse.findings", KEY, new byte[2_000_000]);

        ProductionExceptionHandler.Response response = handler().handleError(SOURCE, refused, new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("jointresponse.dead-letters");
            assertThat(dead.key()).isEqualTo(KEY);
            assertThat(dead.value()).isNull();
            assertThat(header(dead, "__streams.errors.exception")).isEqualTo(RecordTooLargeException.class.getName());
            assertThat(header(dead, "__streams.errors.message")).isEqualTo("The record for jointresponse.findings is larger than the broker accepts.");
            assertThat(header(dead, "__streams.errors.topic")).isEqualTo("jointresponse.payloads");
            assertThat(header(dead, "__streams.errors.partition")).isEqualTo("3");
            assertThat(header(dead, "__streams.errors.offset")).isEqualTo("1234");
        });
    }

    @Test
    void anyOtherProductionFailureStopsTheTopology() {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("jointresponse.valid", KEY, PAYLOAD);

        ProductionExceptionHandler.Response response = handler().handleError(SOURCE, record,
                new TopicAuthorizationException("not allowed"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    @Test
    void theTopologyIsConfiguredWithTheHandlersAndExactlyOnce() {
        var config = ValidationTopology.config("app", "broker:9092", Topics.defaults());

        assertThat(config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.get(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG)).isEqualTo(OversizeProductionHandler.class.getName());
        assertThat(config.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("jointresponse.dead-letters");
        assertThat(new StreamsConfig(config).getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
    }
}
