/**
 * JMH benchmarks of reading, validating and writing documents, measured as ratios against plain
 * Jackson in the same run.
 */
package io.jointresponse.benchmarks;
