package io.jointresponse.core.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON Pointer: the location of a value inside a JSON document, such as
 * {@code /partner/sector} or {@code /reportableCrimes/0/type}.
 *
 * <p>{@link #toString()} gives the pointer text, which {@link #parse(String)} reads back. The
 * empty pointer {@code ""} designates the whole document.
 *
 * <p>A finding's pointer resolves in the payload (or, for a document built in code, in the JSON the
 * library writes for it), with one exception: a finding about a property that is absent (a missing
 * required property, an optional one a rule needs) points at where the property belongs. Its
 * parent, the pointer without its last token, resolves to a JSON object, and its last token is the
 * property's name on the wire, a name the wire format allows in that object (for a map, such as
 * the counts by sector of an annual report, a key it allows).
 */
public final class JsonPointer implements Comparable<JsonPointer> {

    private static final JsonPointer ROOT = new JsonPointer(List.of());

    private final List<String> tokens;

    private JsonPointer(List<String> tokens) {
        this.tokens = tokens;
    }

    /**
     * Returns the pointer to the whole document, {@code ""}.
     *
     * @return the root pointer
     */
    public static JsonPointer root() {
        return ROOT;
    }

    /**
     * Builds a pointer from unescaped reference tokens.
     *
     * @param tokens property names or array indices, in order from the root, not null
     * @return the pointer
     */
    public static JsonPointer of(String... tokens) {
        JsonPointer p = ROOT;
        for (String t : tokens) {
            p = p.append(t);
        }
        return p;
    }

    /**
     * Parses pointer text such as {@code /partner/name} or {@code /a~1b/0}.
     *
     * @param text the pointer, not null
     * @return the pointer
     * @throws IllegalArgumentException if the text is not empty and does not start with {@code /},
     *     or contains a {@code ~} not followed by {@code 0} or {@code 1}
     */
    public static JsonPointer parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("A JSON Pointer must be empty or start with '/': \"" + text + "\"");
        }
        List<String> parsed = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            parsed.add(unescape(raw, text));
        }
        return new JsonPointer(Collections.unmodifiableList(parsed));
    }

    /**
     * Returns this pointer extended by one property name.
     *
     * @param token an unescaped property name, not null
     * @return the longer pointer
     */
    public JsonPointer append(String token) {
        Objects.requireNonNull(token, "token");
        List<String> longer = new ArrayList<>(tokens.size() + 1);
        longer.addAll(tokens);
        longer.add(token);
        return new JsonPointer(Collections.unmodifiableList(longer));
    }

    /**
     * Returns this pointer extended by the tokens of another: the place {@code more} designates
     * inside the value this pointer designates, such as {@code /reports/1} and {@code /inForceTotal}
     * giving {@code /reports/1/inForceTotal}.
     *
     * @param more a pointer relative to the value of this one, not null
     * @return the longer pointer; this one when {@code more} is the root
     */
    public JsonPointer append(JsonPointer more) {
        Objects.requireNonNull(more, "more");
        if (more.isRoot()) {
            return this;
        }
        if (isRoot()) {
            return more;
        }
        List<String> longer = new ArrayList<>(tokens.size() + more.tokens.size());
        longer.addAll(tokens);
        longer.addAll(more.tokens);
        return new JsonPointer(Collections.unmodifiableList(longer));
    }

    /**
     * Returns this pointer extended by one array index.
     *
     * @param index a zero-based array index
     * @return the longer pointer
     * @throws IllegalArgumentException if the index is negative
     */
    public JsonPointer append(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("A JSON Pointer array index cannot be negative: " + index);
        }
        return append(Integer.toString(index));
    }

    /**
     * Returns the unescaped reference tokens, from the root.
     *
     * @return an immutable list, empty for the root
     */
    public List<String> tokens() {
        return tokens;
    }

    /**
     * Tells whether this is the pointer to the whole document.
     *
     * @return true for {@code ""}
     */
    public boolean isRoot() {
        return tokens.isEmpty();
    }

    private static String unescape(String raw, String whole) {
        if (raw.indexOf('~') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                sb.append(c);
                continue;
            }
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : '\0';
            if (next == '0') {
                sb.append('~');
            } else if (next == '1') {
                sb.append('/');
            } else {
                throw new IllegalArgumentException("A '~' in a JSON Pointer must be followed by 0 or 1: \"" + whole + "\"");
            }
            i++;
        }
        return sb.toString();
    }

    @Override
    public int compareTo(JsonPointer other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPointer && ((JsonPointer) o).tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }

    /** Returns the pointer text, escaped as RFC 6901 says ({@code ~0} for {@code ~}, {@code ~1} for {@code /}). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
