package io.jointresponse.serialization;

import java.util.Objects;

/**
 * How strictly a {@link JointResponseJson} reads. The default, {@link #strict()}, rejects every
 * unknown property; {@link #lenient(UnknownFieldPolicy)} accepts them and keeps or drops them.
 * Everything else (types, nulls, duplicates, limits, versions) is equally strict in both modes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReaderOptions {

    private static final ReaderOptions STRICT = new ReaderOptions(UnknownFieldPolicy.REJECT);

    private final UnknownFieldPolicy unknownFields;

    private ReaderOptions(UnknownFieldPolicy unknownFields) {
        this.unknownFields = unknownFields;
    }

    /**
     * Returns the strict options: an unknown property is an error.
     *
     * @return the strict options
     */
    public static ReaderOptions strict() {
        return STRICT;
    }

    /**
     * Returns lenient options that accept unknown properties.
     *
     * @param policy {@link UnknownFieldPolicy#KEEP} or {@link UnknownFieldPolicy#DROP}, not null
     * @return the lenient options
     * @throws IllegalArgumentException if the policy is {@link UnknownFieldPolicy#REJECT}
     */
    public static ReaderOptions lenient(UnknownFieldPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policy == UnknownFieldPolicy.REJECT) {
            throw new IllegalArgumentException("A lenient reader keeps or drops unknown properties; use strict() to reject them");
        }
        return new ReaderOptions(policy);
    }

    /** @return what happens to unknown properties */
    public UnknownFieldPolicy unknownFields() {
        return unknownFields;
    }

    /** @return true unless unknown properties are rejected */
    public boolean isLenient() {
        return unknownFields != UnknownFieldPolicy.REJECT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReaderOptions && ((ReaderOptions) o).unknownFields == unknownFields;
    }

    @Override
    public int hashCode() {
        return unknownFields.hashCode();
    }

    @Override
    public String toString() {
        return isLenient() ? "ReaderOptions[lenient, " + unknownFields + "]" : "ReaderOptions[strict]";
    }
}
