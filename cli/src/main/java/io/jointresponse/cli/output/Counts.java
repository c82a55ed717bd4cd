package io.jointresponse.cli.output;

/**
 * Counts of things as English writes them: {@code 1 error}, {@code 2 errors}, {@code 0 warnings}.
 * Every noun the command counts takes a plain {@code s}.
 */
public final class Counts {

    private Counts() {}

    /**
     * Writes a count with its noun, singular for exactly one.
     *
     * @param count how many
     * @param noun the singular noun, such as {@code error}, not null
     * @return the count and the noun, such as {@code 1 error} or {@code 3 errors}
     */
    public static String of(long count, String noun) {
        // Concatenation, not String.format: the text output counts something for most documents.
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
