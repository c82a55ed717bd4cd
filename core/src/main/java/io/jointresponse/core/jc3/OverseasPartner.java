package io.jointresponse.core.jc3;

import org.immutables.value.Value;

/**
 * An overseas organisation JC3 works with (notice 185, §2(4): 海外関係機関), such as
 * {@link Jc3#NCFTA} and {@link Jc3#CDA}, the two the notice names.
 */
@Value.Immutable
public abstract class OverseasPartner {

    OverseasPartner() {}

    /** @return the abbreviation, such as {@code NCFTA} */
    public abstract String abbreviation();

    /** @return the name in its own language, such as {@code National Cyber-Forensics & Training Alliance} */
    public abstract String name();

    /** @return the country in Japanese, such as {@code 米国} */
    public abstract String japaneseCountry();

    /** @return the country in English, such as {@code United States} */
    public abstract String englishCountry();

    /** @return the label as the notice writes it, such as {@code 米国NCFTA (National Cyber-Forensics & Training Alliance)} */
    public final String japaneseLabel() {
        return japaneseCountry() + abbreviation() + " (" + name() + ")";
    }

    /** @return an English label, such as {@code NCFTA (National Cyber-Forensics & Training Alliance), United States} */
    public final String englishLabel() {
        return abbreviation() + " (" + name() + "), " + englishCountry();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OverseasPartner}. */
    public static final class Builder extends ImmutableOverseasPartner.Builder {}
}
