package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataDetector;
import io.jointresponse.validation.PersonalDataKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A detector that scans the {@linkplain FoldedText folded} form of a text, so that half-width and
 * full-width forms count alike, and reports spans of the text as written.
 *
 * <p>Every scanner of the library is hand-written and reads each character a bounded number of times,
 * so that scanning is linear in the length of the text whatever the text: no regular expression
 * that could backtrack is involved.
 */
public abstract class FoldingDetector implements PersonalDataDetector {

    private final PersonalDataKind kind;
    private final String label;

    /**
     * Creates the detector.
     *
     * @param kind the kind of data it finds, not null
     * @param label its label, not null
     */
    protected FoldingDetector(PersonalDataKind kind, String label) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** Receives the folded spans a scanner finds. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Receives one span of the folded text.
         *
         * @param start the first folded index, included
         * @param end the last folded index, excluded
         */
        void found(int start, int end);
    }

    /**
     * Scans a folded text.
     *
     * @param text the folded text, not null
     * @param sink where the spans go, in order and not overlapping, not null
     */
    public abstract void scan(FoldedText text, Sink sink);

    @Override
    public final PersonalDataKind kind() {
        return kind;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final List<Span> find(String text) {
        return find(FoldedText.of(Objects.requireNonNull(text, "text")));
    }

    /**
     * Finds the data in a text already folded.
     *
     * @param text the folded text, not null
     * @return the spans of the original text
     */
    public final List<Span> find(FoldedText text) {
        List<Span> spans = new ArrayList<>();
        scan(text, (start, end) -> spans.add(text.original(start, end)));
        return spans;
    }

    @Override
    public String toString() {
        return label;
    }
}
