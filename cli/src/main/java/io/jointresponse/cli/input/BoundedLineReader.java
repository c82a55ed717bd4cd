package io.jointresponse.cli.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads newline-delimited documents one line at a time, in constant memory: a line longer than
 * the limit is skipped to its end without being kept, and reported as too long.
 */
public final class BoundedLineReader {

    /** One line: its 1-based number, and its bytes or the fact that it was too long. */
    public record Line(long number, byte[] bytes, boolean tooLong) {}

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long lineNumber;
    private boolean ended;

    /**
     * Creates a reader.
     *
     * @param in the stream, not null; it is buffered here
     * @param maxLineBytes the longest line kept, in bytes, without its line end
     */
    public BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"), 1 << 16);
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the next line, skipping blank ones. A trailing {@code \r} is removed.
     *
     * @return the line, or null at the end of the stream
     * @throws IOException if reading fails
     */
    public Line next() throws IOException {
        while (!ended) {
            Line line = readOne();
            if (line == null) {
                return null;
            }
            if (line.tooLong() || !isBlank(line.bytes())) {
                return line;
            }
        }
        return null;
    }

    private Line readOne() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (!tooLong) {
                if (buffer.size() >= maxLineBytes + 1) {
                    tooLong = true;
                    buffer.reset();
                } else {
                    buffer.write(b);
                }
            }
        }
        if (b == -1) {
            ended = true;
            if (!any) {
                return null;
            }
        }
        lineNumber++;
        byte[] bytes = buffer.toByteArray();
        if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        if (!tooLong && bytes.length > maxLineBytes) {
            tooLong = true;
            bytes = new byte[0];
        }
        return new Line(lineNumber, tooLong ? new byte[0] : bytes, tooLong);
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
