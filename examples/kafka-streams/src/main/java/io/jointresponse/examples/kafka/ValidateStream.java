package io.jointresponse.examples.kafka;

import io.jointresponse.validation.JointResponseValidator;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Runs the validation topology against a real cluster until it is stopped (Ctrl-C):
 *
 * <pre>
 * java -cp … io.jointresponse.examples.kafka.ValidateStream localhost:9092
 * </pre>
 *
 * <p>The one argument is {@code bootstrap.servers} (else the environment variable
 * {@code BOOTSTRAP_SERVERS}, else {@code localhost:9092}). The topics of {@link Topics#defaults()}
 * must exist; the payloads topic is keyed by prefecture code, the agreements topic compacted and
 * keyed by agreement id. Tests never run this class: they drive the topology without a broker.
 */
public final class ValidateStream {

    private ValidateStream() {}

    /**
     * Starts the application and blocks until the JVM is asked to stop.
     *
     * @param args {@code bootstrap.servers}, optional
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        String bootstrap = args.length > 0 ? args[0]
                : System.getenv().getOrDefault("BOOTSTRAP_SERVERS", "localhost:9092");
        Topics topics = Topics.defaults();
        Properties config = ValidationTopology.config("jointresponse-validate", bootstrap, topics);
        // One validator for every stream thread: it is immutable and thread-safe.
        JointResponseValidator validator = JointResponseValidator.create();
        KafkaStreams streams = new KafkaStreams(ValidationTopology.build(topics, validator), config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Bounded, so that a cluster that has gone away cannot hold the JVM open.
            streams.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "jointresponse-shutdown"));
        // Fails here, after Kafka's own timeouts, when the cluster cannot be reached.
        streams.start();
        stopped.await();
    }
}
