package io.jointresponse.cli.output;

/**
 * Makes text safe to print on a terminal: control characters (which could move the cursor or
 * rewrite earlier lines) are shown as {@code \\uXXXX} escapes.
 */
public final class Printable {

    private Printable() {}

    /**
     * Escapes control characters.
     *
     * @param text the text, not null
     * @return the text, with every control character as a {@code \\uXXXX} escape
     */
    public static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
