package io.jointresponse.core.calendar;

import java.util.Objects;

/**
 * Thrown when a text cannot be read as a date of the Japanese calendar. The message names the
 * text and says what is wrong with it (an unknown era, era year 0, a day the month does not have,
 * a missing part).
 */
public class JapaneseDateParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The text that could not be read, as given. */
    private final String text;

    /**
     * Creates the exception.
     *
     * @param text the text that could not be read, not null
     * @param reason what is wrong with it, for a person, not null
     */
    public JapaneseDateParseException(String text, String reason) {
        super("Cannot read \"" + Objects.requireNonNull(text, "text") + "\" as a Japanese date: "
                + Objects.requireNonNull(reason, "reason"));
        this.text = text;
    }

    /** @return the text that could not be read, as given */
    public String text() {
        return text;
    }
}
