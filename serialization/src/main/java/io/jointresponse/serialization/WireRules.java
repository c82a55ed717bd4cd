package io.jointresponse.serialization;

import java.util.List;

/**
 * The stable ids of the findings the wire-format reader reports, all with the clause
 * {@value #CLAUSE}. Every one is an {@code ERROR}, except {@link #SHAPE_UNKNOWN} in lenient mode
 * and {@link #SHAPE_VERSION} for a newer minor version in lenient mode, which are warnings.
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
