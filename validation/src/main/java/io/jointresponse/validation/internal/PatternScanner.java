package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector an application defines with a regular expression, matched against the
 * {@linkplain FoldedText folded} text so that full-width forms match a half-width pattern. How fast
 * it runs is the pattern's: one that can backtrack catastrophically will.
 */
public final class PatternScanner extends FoldingDetector {

    private final Pattern pattern;

    /**
     * Creates the detector.
     *
     * @param kind the kind of data the pattern finds, not null
     * @param label its label, not null
     * @param pattern the pattern, not null
     */
    public PatternScanner(PersonalDataKind kind, String label, Pattern pattern) {
        super(kind, label);
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public void scan(FoldedText t, Sink sink) {
        Matcher m = pattern.matcher(t.folded());
        while (m.find()) {
            if (m.end() > m.start()) {
                sink.found(m.start(), m.end());
            }
        }
    }
}
