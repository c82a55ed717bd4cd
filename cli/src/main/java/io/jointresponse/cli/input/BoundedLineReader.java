package io.jointresponse.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads newline-delimited documents one line at a time, in constant memory: a line longer than
 * the limit is skipped to its end without being kept, and reported as too long.
 *
 * <p>The stream is read in large chunks and each chunk searched for line ends, so a line costs one
 * copy of its bytes. Reading a byte at a time through a buffered stream, as this class once did,
 * took a lock per byte and was slower than validating the line.
 */
public final class BoundedLineReader {

    /** One line: its 1-based number, and its bytes or the fact that it was too long. */
    public record Line(long number, byte[] bytes, boolean tooLong) {}

    private static final int CHUNK_BYTES = 1 << 16;
    /** A line buffer grown past this is let go once its line is done, not kept for the rest of the run. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;
    private static final byte[] NONE = new byte[0];

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int position;
    private int limit;
    private boolean ended;
    /** The start of a line that began in an earlier chunk. */
    private byte[] partial = new byte[256];
    private int partialLength;
    private long lineNumber;

    /**
     * Creates a reader.
     *
     * @param in the stream, not null; it is read in chunks here, so it needs no buffer of its own
     * @param maxLineBytes the longest line kept, in bytes, without its line end; 0 or more, and
     *     less than {@code Integer.MAX_VALUE - 8}
     * @throws IllegalArgumentException if the limit is out of range
     */
    public BoundedLineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 0 || maxLineBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("A line limit of " + maxLineBytes + " bytes cannot be kept in an array");
        }
        this.in = Objects.requireNonNull(in, "in");
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the next line, skipping blank ones. A trailing {@code \r} is removed.
     *
     * @return the line, or null at the end of the stream
     * @throws IOException if reading fails
     */
    public Line next() throws IOException {
        Line line;
        while ((line = readOne()) != null) {
            if (line.tooLong() || !isBlank(line.bytes())) {
                return line;
            }
        }
        return null;
    }

    /**
     * Tells whether reading on may start without waiting for the stream: bytes are buffered here, or
     * the stream has some ready. A caller that gathers lines hands on what it has when this is false,
     * so that a slow producer's lines are not held back waiting for more.
     *
     * @return true if bytes are at hand; false at the end of the stream or when it would block
     * @throws IOException if asking the stream fails
     */
    public boolean ready() throws IOException {
        return position < limit || (!ended && in.available() > 0);
    }

    private Line readOne() throws IOException {
        partialLength = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? line(partial, partialLength, tooLong) : null;
            }
            any = true;
            int start = position;
            int end = indexOfNewline();
            int length = (end < 0 ? limit : end) - start;
            if (end >= 0 && partialLength == 0 && !tooLong) {
                // The usual case: the whole line lies in this chunk.
                position = end + 1;
                return length > maxLineBytes + 1 ? line(NONE, 0, true) : line(chunk, start, length, false);
            }
            if (!tooLong) {
                // One byte more than the limit is kept: it may be the \r of a line end.
                if ((long) partialLength + length > maxLineBytes + 1L) {
                    tooLong = true;
                    partialLength = 0;
                } else {
                    append(start, length);
                }
            }
            position = end < 0 ? limit : end + 1;
            if (end >= 0) {
                return line(partial, partialLength, tooLong);
            }
        }
    }

    private Line line(byte[] buffer, int length, boolean tooLong) {
        Line line = line(buffer, 0, length, tooLong);
        if (buffer == partial && partial.length > KEPT_BUFFER_BYTES) {
            partial = new byte[256];
        }
        return line;
    }

    private Line line(byte[] buffer, int offset, int length, boolean tooLong) {
        lineNumber++;
        int kept = length > 0 && buffer[offset + length - 1] == '\r' ? length - 1 : length;
        if (tooLong || kept > maxLineBytes) {
            return new Line(lineNumber, NONE, true);
        }
        return new Line(lineNumber, Arrays.copyOfRange(buffer, offset, offset + kept), false);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int length) {
        int needed = partialLength + length;
        if (needed > partial.length) {
            long grown = Math.max(needed, 2L * partial.length);
            partial = Arrays.copyOf(partial, (int) Math.min(grown, maxLineBytes + 1));
        }
        System.arraycopy(chunk, from, partial, partialLength, length);
        partialLength = needed;
    }

    /** Reads the next chunk; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        } while (n == 0);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte x : bytes) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }
}
