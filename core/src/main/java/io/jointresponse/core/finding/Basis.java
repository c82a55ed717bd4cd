package io.jointresponse.core.finding;

/**
 * What a finding, or the rule behind it, rests on: the words of a notice, the integrity of the
 * record, or the wire format.
 *
 * <p>The distinction matters to a reviewer: a finding of a {@link #NOTICE} rule says the record
 * does not do what a notice asks, and cites the clause that asks it; a finding of a
 * {@link #RECORD_INTEGRITY} rule says the record contradicts itself (dates out of order, counts
 * that do not add up), which no notice states, and cites the clause whose records it keeps sound.
 */
public enum Basis {
    /** A notice says it: the clause is where. */
    NOTICE("通達", "notice"),
    /**
     * The record must agree with itself for the notice's rules to be checked at all; the notice
     * states no such rule. The clause is the one the check supports.
     */
    RECORD_INTEGRITY("記録の整合性", "record integrity"),
    /** The payload is not a readable document of the versioned wire format. */
    WIRE_FORMAT("データ形式", "wire format"),
    /** The input could not be read at all (a file, a stream). */
    INPUT("入力", "input");

    private final String japaneseLabel;
    private final String englishLabel;

    Basis(String japaneseLabel, String englishLabel) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
    }

    /** @return the Japanese label, such as {@code 記録の整合性} */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return the English label, such as {@code record integrity} */
    public String englishLabel() {
        return englishLabel;
    }
}
