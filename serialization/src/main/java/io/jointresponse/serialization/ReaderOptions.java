package io.jointresponse.serialization;

import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link JointResponseJson} reads: how strictly, and in which language its findings speak.
 * The default, {@link #strict()}, rejects every unknown property; {@link #lenient(UnknownFieldPolicy)}
 * accepts them and keeps or drops them. Everything else (types, nulls, duplicates, limits, versions)
 * is equally strict in both modes. Messages are in English unless {@link #withLocale(Locale)} asks
 * for Japanese, whatever the JVM's default locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReaderOptions {

    private static final ReaderOptions STRICT = new ReaderOptions(UnknownFieldPolicy.REJECT, Locale.ENGLISH);

    private final UnknownFieldPolicy unknownFields;
    private final Locale locale;

    private ReaderOptions(UnknownFieldPolicy unknownFields, Locale locale) {
        this.unknownFields = unknownFields;
        this.locale = locale;
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
        return new ReaderOptions(policy, Locale.ENGLISH);
    }

    /**
     * Returns these options with the findings' messages in another language.
     *
     * @param value a Japanese locale (by language, such as {@code Locale.JAPAN}) for Japanese
     *     messages; any other for English, not null
     * @return the options
     */
    public ReaderOptions withLocale(Locale value) {
        Locale language = Objects.requireNonNull(value, "locale").getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        return language.equals(locale) ? this : new ReaderOptions(unknownFields, language);
    }

    /** @return the language of the findings' messages: {@link Locale#ENGLISH} or {@link Locale#JAPANESE} */
    public Locale locale() {
        return locale;
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
        return o instanceof ReaderOptions && ((ReaderOptions) o).unknownFields == unknownFields
                && ((ReaderOptions) o).locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return unknownFields.hashCode() * 31 + locale.hashCode();
    }

    @Override
    public String toString() {
        return (isLenient() ? "ReaderOptions[lenient, " + unknownFields : "ReaderOptions[strict") + ", " + locale + "]";
    }
}
