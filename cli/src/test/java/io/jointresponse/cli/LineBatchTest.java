package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBatchTest {

    @Test
    void isFullAtItsLineCountAndGivesItsLinesInOrder() {
        LineBatch batch = new LineBatch();
        for (int i = 1; i < Limits.BATCH_LINES; i++) {
            batch.add("in:" + i, new byte[] {'{', '}'});
            assertThat(batch.isFull()).as("%d lines", i).isFalse();
        }
        batch.add("in:" + Limits.BATCH_LINES, new byte[] {'{', '}'});
        assertThat(batch.isFull()).isTrue();
        assertThat(batch.bytes()).isEqualTo(2L * Limits.BATCH_LINES);
        assertThat(batch.take()).extracting(LineBatch.Line::source).startsWith("in:1", "in:2").endsWith("in:" + Limits.BATCH_LINES)
                .hasSize(Limits.BATCH_LINES);
        assertThat(batch.isEmpty()).isTrue();
        assertThat(batch.bytes()).isZero();
        assertThat(batch.isFull()).isFalse();
    }

    @Test
    void isFullAtItsBytesHoweverFewItsLines() {
        LineBatch batch = new LineBatch();
        batch.add("in:1", new byte[Limits.BATCH_BYTES - 1]);
        assertThat(batch.isFull()).isFalse();
        batch.add("in:2", new byte[1]);
        assertThat(batch.isFull()).isTrue();
        assertThat(batch.take()).hasSize(2);
    }
}
