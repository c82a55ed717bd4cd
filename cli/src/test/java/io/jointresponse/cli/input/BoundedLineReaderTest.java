package io.jointresponse.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedLineReaderTest {

    /** A line as the tests compare it: number, text (or TOO LONG). */
    private static String show(BoundedLineReader.Line line) {
        return line.number() + ":" + (line.tooLong() ? "TOO LONG" : new String(line.bytes(), StandardCharsets.ISO_8859_1));
    }

    private static List<String> read(InputStream in, int max) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, max);
        List<String> lines = new ArrayList<>();
        BoundedLineReader.Line line;
        while ((line = reader.next()) != null) {
            if (line.tooLong()) {
                assertThat(line.bytes()).as("a line too long keeps no bytes").isEmpty();
            }
            lines.add(show(line));
        }
        assertThat(reader.next()).as("the end stays the end").isNull();
        return lines;
    }

    /**
     * What the reader must give, straight from its contract: lines split at {@code \n}, one
     * trailing {@code \r} removed, too long when more than the limit is left, blank lines skipped
     * but counted, and no line after a final {@code \n}.
     */
    private static List<String> expected(byte[] input, int max) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        long number = 0;
        while (start < input.length) {
            int end = start;
            while (end < input.length && input[end] != '\n') {
                end++;
            }
            number++;
            byte[] line = Arrays.copyOfRange(input, start, end);
            if (line.length > 0 && line[line.length - 1] == '\r') {
                line = Arrays.copyOf(line, line.length - 1);
            }
            if (line.length > max) {
                lines.add(number + ":TOO LONG");
            } else if (!new String(line, StandardCharsets.ISO_8859_1).replaceAll("[ \t\r]", "").isEmpty()) {
                lines.add(number + ":" + new String(line, StandardCharsets.ISO_8859_1));
            }
            start = end + 1;
        }
        return lines;
    }

    /** A stream that hands out at most a few bytes per read, so that lines straddle every boundary. */
    private static InputStream trickling(byte[] bytes, SplittableRandom random) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        };
    }

    @Test
    void splitsAtNewlinesDropsOneCarriageReturnAndSkipsBlankLinesButCountsThem() throws IOException {
        byte[] input = "a\r\n\n  \t\r\nbb\r\r\nc".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(new ByteArrayInputStream(input), 10)).containsExactly("1:a", "4:bb\r", "5:c");
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptWithOrWithoutACarriageReturnAndOneMoreByteIsTooLong() throws IOException {
        byte[] input = "12345\n12345\r\n123456\n12345\r\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(new ByteArrayInputStream(input), 5)).containsExactly("1:12345", "2:12345", "3:TOO LONG", "4:TOO LONG");
    }

    @Test
    void aLineTooLongIsSkippedToItsEndAcrossChunksAndTheNextLineIsRead() throws IOException {
        byte[] huge = new byte[300_000];
        Arrays.fill(huge, (byte) 'x');
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(huge);
        input.write("\nafter\n".getBytes(StandardCharsets.ISO_8859_1));
        input.write(huge);
        assertThat(read(new ByteArrayInputStream(input.toByteArray()), 100_000)).containsExactly("1:TOO LONG", "2:after", "3:TOO LONG");
        assertThat(read(new ByteArrayInputStream(input.toByteArray()), 300_000)).hasSize(3).element(1).isEqualTo("2:after");
    }

    @Test
    void anEmptyStreamHasNoLine() throws IOException {
        assertThat(read(InputStream.nullInputStream(), 10)).isEmpty();
        assertThat(read(new ByteArrayInputStream(new byte[] {'\n', '\n'}), 10)).isEmpty();
    }

    @Test
    void aLimitThatNoArrayHoldsIsRefused() {
        assertThatThrownBy(() -> new BoundedLineReader(InputStream.nullInputStream(), Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoundedLineReader(InputStream.nullInputStream(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Random lines around a small limit, read whole and a few bytes at a time, give what the contract says. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 16L, 217L, 20_190_327L, -185L})
    void givesTheContractsLinesForRandomInput(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] alphabet = {'a', '{', '}', ' ', '\t', '\r', '\n', '\n', (byte) 0xe3};
        for (int round = 0; round < 200; round++) {
            int max = random.nextInt(12);
            byte[] input = new byte[random.nextInt(200)];
            for (int i = 0; i < input.length; i++) {
                input[i] = alphabet[random.nextInt(alphabet.length)];
            }
            List<String> expected = expected(input, max);
            String as = "seed " + seed + ", round " + round + ", limit " + max;
            assertThat(read(new ByteArrayInputStream(input), max)).as(as).isEqualTo(expected);
            assertThat(read(trickling(input, random), max)).as(as + ", trickled").isEqualTo(expected);
        }
        System.out.printf("line reader: seed %d, 200 random inputs as the contract says%n", seed);
    }

    @Test
    void isReadyWhileBytesAreBufferedOrAvailableAndNotWhenTheStreamWouldWait() throws IOException {
        // A stream that has delivered "a\nb\n" in one read and has nothing more for now, as a pipe
        // from a slow producer does.
        InputStream slow = new InputStream() {
            private boolean delivered;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (delivered) {
                    return -1;
                }
                delivered = true;
                b[off] = 'a';
                b[off + 1] = '\n';
                b[off + 2] = 'b';
                b[off + 3] = '\n';
                return 4;
            }

            @Override
            public int available() {
                return 0;
            }
        };
        BoundedLineReader reader = new BoundedLineReader(slow, 16);
        assertThat(reader.ready()).as("nothing read yet, nothing available").isFalse();
        assertThat(show(reader.next())).isEqualTo("1:a");
        assertThat(reader.ready()).as("line 2 is buffered").isTrue();
        assertThat(show(reader.next())).isEqualTo("2:b");
        assertThat(reader.ready()).as("the buffer is used up and the stream has nothing at hand").isFalse();

        BoundedLineReader file = new BoundedLineReader(new ByteArrayInputStream("x\n".getBytes(StandardCharsets.US_ASCII)), 16);
        assertThat(file.ready()).as("bytes available from the stream").isTrue();
        assertThat(show(file.next())).isEqualTo("1:x");
        assertThat(file.next()).isNull();
        assertThat(file.ready()).as("at the end").isFalse();
    }
}
