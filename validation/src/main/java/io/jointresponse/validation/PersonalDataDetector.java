package io.jointresponse.validation;

import java.util.List;

/**
 * Finds one kind of personal data in free text, such as telephone numbers typed into the modus
 * operandi of an onward share (rule SHR-004), so that {@link ShareSanitiser} can mask it.
 *
 * <p>{@link PersonalDataDetectors#standard()} gives the detectors of the library; an application
 * adds its own (a customer number format, say) through
 * {@link ValidationOptions.Builder#addPersonalDataDetectors(PersonalDataDetector...)} and
 * {@link ShareSanitiser#sanitise(io.jointresponse.core.sharing.OnwardShare, List)}, most simply with
 * {@link PersonalDataDetectors#pattern(PersonalDataKind, String, java.util.regex.Pattern)}.
 *
 * <p>An implementation must be thread-safe and must return in time linear in the length of the text:
 * validation runs it on every free text of every share, of up to a mebibyte each.
 */
public interface PersonalDataDetector {

    /** @return the kind of data it finds, which names its findings */
    PersonalDataKind kind();

    /** @return a short English label for listings and logs, such as {@code customer number}; never data */
    String label();

    /**
     * Finds the data in a text.
     *
     * @param text the text as written, not null
     * @return where the data is, as spans of {@code text}, in order and not overlapping; empty when
     *     there is none
     */
    List<Span> find(String text);

    /**
     * A span of a text: the characters from {@code start} (included) to {@code end} (excluded), as
     * {@link String#substring(int, int)} counts them.
     *
     * @param start the index of the first character, zero or more
     * @param end the index after the last character, greater than {@code start}
     */
    record Span(int start, int end) {

        /**
         * Checks the span.
         *
         * @param start the index of the first character, zero or more
         * @param end the index after the last character, greater than {@code start}
         * @throws IllegalArgumentException if {@code start} is negative or {@code end} is not after it
         */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("A span runs from a start of zero or more to a later end: " + start + ".." + end);
            }
        }
    }
}
