/**
 * Validating a stream of payloads with Kafka Streams: {@link io.jointresponse.examples.kafka.ValidationTopology}
 * builds the topology and its configuration, {@link io.jointresponse.examples.kafka.ValidateStream}
 * runs it against a cluster. Partitions and application instances scale it out; the validator
 * itself is stateless and shared.
 */
package io.jointresponse.examples.kafka;
