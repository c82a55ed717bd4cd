package io.jointresponse.serialization;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.internal.WireMessages;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The stable ids of the findings the wire-format reader reports, all with the clause
 * {@value #CLAUSE}, and their titles and general messages in English and Japanese. Every one is an
 * {@code ERROR}, except {@link #SHAPE_UNKNOWN} in lenient mode and {@link #SHAPE_VERSION} for a
 * newer minor version in lenient mode, which are warnings.
 *
 * <p>The reader's findings carry precise messages in the language of its {@link ReaderOptions}; the
 * texts here describe each id as a whole, for catalogues such as the validation module's.
 */
public final class WireRules {

    /** The clause of every wire-format finding. */
    public static final String CLAUSE = "wire format";

    /** The payload is not well-formed JSON (the message gives line and column); pointer "". */
    public static final String JSON_SYNTAX = "JSON-SYNTAX";
    /**
     * The payload exceeds a limit of the reader (document size, nesting depth, string, number or
     * name length, token count, or the number of problems reported); pointer "".
     */
    public static final String JSON_LIMIT = "JSON-LIMIT";
    /** {@code schemaVersion} names a version this reader does not support. */
    public static final String SHAPE_VERSION = "SHAPE-VERSION";
    /** {@code kind} names no document kind, or not the kind the caller asked for. */
    public static final String SHAPE_KIND = "SHAPE-KIND";
    /** A required property is absent. */
    public static final String SHAPE_MISSING = "SHAPE-MISSING";
    /** A property the wire format does not define. */
    public static final String SHAPE_UNKNOWN = "SHAPE-UNKNOWN";
    /**
     * A value of the wrong JSON type, a null, a name outside an enumeration, an unparseable date or
     * time, a number out of range, or a repeated element of a set.
     */
    public static final String SHAPE_TYPE = "SHAPE-TYPE";
    /** The value could not be bound to the model although its shape is right (a structural invariant of the model). */
    public static final String SHAPE_VALUE = "SHAPE-VALUE";

    private WireRules() {}

    /**
     * Returns the severities a finding of an id can have.
     *
     * @param id one of {@link #ids()}, not null
     * @return error, and warning too for the ids that lenient reading turns into warnings
     * @throws IllegalArgumentException if the id is not a wire-format id
     */
    public static Set<Severity> severities(String id) {
        requireKnown(id);
        return id.equals(SHAPE_UNKNOWN) || id.equals(SHAPE_VERSION)
                ? EnumSet.of(Severity.ERROR, Severity.WARNING) : EnumSet.of(Severity.ERROR);
    }

    /**
     * Returns the short title of an id.
     *
     * @param id one of {@link #ids()}, not null
     * @param locale Japanese by language, English otherwise, not null
     * @return the title
     * @throws IllegalArgumentException if the id is not a wire-format id
     */
    public static String title(String id, Locale locale) {
        requireKnown(id);
        return WireMessages.of(locale).text("wire." + id + ".title");
    }

    /**
     * Returns the general message of an id: what any of its findings means.
     *
     * @param id one of {@link #ids()}, not null
     * @param locale Japanese by language, English otherwise, not null
     * @return the message
     * @throws IllegalArgumentException if the id is not a wire-format id
     */
    public static String message(String id, Locale locale) {
        requireKnown(id);
        return WireMessages.of(locale).text("wire." + id);
    }

    /**
     * Returns the {@link #JSON_LIMIT} finding for an input too large to be read at all, such as a
     * file a command checks by its size before reading it.
     *
     * @param maxBytes the largest size accepted, in bytes
     * @param locale the language of the message, as for {@link #message(String, Locale)}, not null
     * @return an error at the root pointer
     */
    public static Finding tooLarge(long maxBytes, Locale locale) {
        return Finding.of(JSON_LIMIT, Severity.ERROR, JsonPointer.root(), WireMessages.of(locale).text("limit.file", maxBytes), CLAUSE);
    }

    private static void requireKnown(String id) {
        if (!ids().contains(Objects.requireNonNull(id, "id"))) {
            throw new IllegalArgumentException("Not a wire-format finding id: " + id);
        }
    }

    /**
     * Tells whether a finding means that its payload could not be read as JSON at all: it is not
     * well-formed, or it exceeds a limit of the reader. Such a payload has no document.
     *
     * @param ruleId a finding's rule id, not null
     * @return true for {@link #JSON_SYNTAX} and {@link #JSON_LIMIT}
     */
    public static boolean isUnreadable(String ruleId) {
        return ruleId.equals(JSON_SYNTAX) || ruleId.equals(JSON_LIMIT);
    }

    /**
     * Lists every id, in the order above.
     *
     * @return the ids
     */
    public static List<String> ids() {
        return List.of(JSON_SYNTAX, JSON_LIMIT, SHAPE_VERSION, SHAPE_KIND, SHAPE_MISSING, SHAPE_UNKNOWN, SHAPE_TYPE, SHAPE_VALUE);
    }
}
