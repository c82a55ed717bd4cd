package io.jointresponse.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * NDJSON lines gathered to be validated by one task, in input order, with the bytes they hold.
 */
final class LineBatch {

    /** One line of a batch: the name it is reported under, such as {@code file.ndjson:12}, and its bytes. */
    record Line(String source, byte[] bytes) {}

    private final List<Line> lines = new ArrayList<>(Limits.BATCH_LINES);
    private long bytes;

    /**
     * Adds a line.
     *
     * @param source the name it is reported under, not null
     * @param payload its bytes, not null
     */
    void add(String source, byte[] payload) {
        lines.add(new Line(source, payload));
        bytes += payload.length;
    }

    /** @return true if the batch holds as many lines, or bytes, as a batch may */
    boolean isFull() {
        return lines.size() >= Limits.BATCH_LINES || bytes >= Limits.BATCH_BYTES;
    }

    /** @return true if the batch holds no line */
    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** @return the bytes of the lines held */
    long bytes() {
        return bytes;
    }

    /**
     * Returns the lines held and starts an empty batch.
     *
     * @return the lines, in the order they were added
     */
    List<Line> take() {
        List<Line> taken = List.copyOf(lines);
        lines.clear();
        bytes = 0;
        return taken;
    }
}
