package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataDetector;
import io.jointresponse.validation.PersonalDataDetector.Span;
import io.jointresponse.validation.PersonalDataKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs personal-data detectors over one text: which kinds of data it holds (rule SHR-004), and the
 * text with every span masked (the share sanitiser). The text is folded once for all the library's
 * detectors.
 */
public final class PersonalDataScan {

    private PersonalDataScan() {}

    /**
     * Returns the kinds of data the detectors find in a text.
     *
     * @param text the text, not null
     * @param detectors the detectors, not null
     * @return the kinds found, in enum order
     */
    public static Set<PersonalDataKind> kinds(String text, List<PersonalDataDetector> detectors) {
        Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
        Finder finder = new Finder(text);
        for (PersonalDataDetector detector : detectors) {
            if (!kinds.contains(detector.kind()) && !finder.find(detector).isEmpty()) {
                kinds.add(detector.kind());
            }
        }
        return kinds;
    }

    /**
     * Masks every span the detectors find in a text; overlapping and adjacent spans are masked as one.
     *
     * @param text the text, not null
     * @param detectors the detectors, not null
     * @param mask what replaces each span, not null
     * @return the masked text; the same text when nothing was found
     * @throws IllegalStateException if a detector returns a span outside the text
     */
    public static String mask(String text, List<PersonalDataDetector> detectors, String mask) {
        List<Span> spans = new ArrayList<>();
        Finder finder = new Finder(text);
        for (PersonalDataDetector detector : detectors) {
            spans.addAll(finder.find(detector));
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder masked = new StringBuilder(text.length());
        // Everything before maskedUntil is written: the text up to the last span, then its mask.
        int maskedUntil = -1;
        for (Span span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalStateException("A personal-data detector returned a span past the end of the text");
            }
            if (span.start() > maskedUntil) {
                masked.append(text, Math.max(maskedUntil, 0), span.start()).append(mask);
            }
            maskedUntil = Math.max(maskedUntil, span.end());
        }
        return masked.append(text, maskedUntil, text.length()).toString();
    }

    /** Runs detectors over one text, folding it at most once for the library's own. */
    private static final class Finder {
        private final String text;
        private FoldedText folded;

        Finder(String text) {
            this.text = text;
        }

        List<Span> find(PersonalDataDetector detector) {
            if (detector instanceof FoldingDetector library) {
                if (folded == null) {
                    folded = FoldedText.of(text);
                }
                return library.find(folded);
            }
            return detector.find(text);
        }
    }
}
