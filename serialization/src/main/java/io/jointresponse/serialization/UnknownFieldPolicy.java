package io.jointresponse.serialization;

/**
 * What the reader does with a property the wire format does not define.
 */
public enum UnknownFieldPolicy {
    /** Strict: an unknown property is an error ({@code SHAPE-UNKNOWN}) and nothing is bound. */
    REJECT,
    /**
     * Lenient: the property is ignored when binding but kept in the {@link ReadResult}, so that
     * writing the result again loses nothing; each one is reported as a {@code SHAPE-UNKNOWN}
     * warning.
     */
    KEEP,
    /**
     * Lenient: the property is ignored and discarded; each one is reported as a
     * {@code SHAPE-UNKNOWN} warning and listed in {@link ReadResult#droppedFields()}.
     */
    DROP;
}
