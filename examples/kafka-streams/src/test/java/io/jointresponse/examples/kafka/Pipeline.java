package io.jointresponse.examples.kafka;

import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The topology in a {@link TopologyTestDriver}, with its topics: no broker. */
final class Pipeline implements AutoCloseable {

    static final Topics TOPICS = Topics.defaults();

    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> payloads;
    final TestInputTopic<String, byte[]> agreements;
    final TestOutputTopic<String, byte[]> valid;
    final TestOutputTopic<String, byte[]> findings;
    final TestOutputTopic<String, byte[]> deadLetters;

    Pipeline(PayloadCheck check) {
        Properties config = ValidationTopology.config("jointresponse-test", "unused:9092", TOPICS);
        // The driver has no broker; an explicit state directory keeps parallel builds apart.
        config.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/jointresponse-kafka-" + ProcessHandle.current().pid());
        driver = new TopologyTestDriver(ValidationTopology.build(TOPICS, check), config);
        payloads = driver.createInputTopic(TOPICS.payloads(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        agreements = driver.createInputTopic(TOPICS.agreements(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        valid = driver.createOutputTopic(TOPICS.valid(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        findings = driver.createOutputTopic(TOPICS.findings(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    @Override
    public void close() {
        driver.close();
    }
}
