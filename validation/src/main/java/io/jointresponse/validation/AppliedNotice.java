package io.jointresponse.validation;

import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice whose rules a validation applied: notice 217 or 185, or a registered successor that
 * continues one of them, with its validity and whether the record is dated after it lapsed (rule
 * NTC-004). Immutable.
 */
public final class AppliedNotice {

    private final List<NoticeNumber> numbers;
    private final LocalDate issuedOn;
    private final LocalDate validUntil;
    private final Optional<String> continues;
    private final boolean lapsed;

    private AppliedNotice(List<NoticeNumber> numbers, LocalDate issuedOn, LocalDate validUntil, Optional<String> continues, boolean lapsed) {
        this.numbers = List.copyOf(numbers);
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.continues = Objects.requireNonNull(continues, "continues");
        this.lapsed = lapsed;
    }

    /**
     * Returns an applied notice.
     *
     * @param numbers its numbers in header order, not null, not empty
     * @param issuedOn its date of issue, not null
     * @param validUntil the last day of its validity, not null
     * @param continues the numbers of the notice it continues, for a successor; not null
     * @param lapsed whether the record is dated after it lapsed
     * @return the applied notice
     * @throws IllegalArgumentException if there is no number
     */
    public static AppliedNotice of(List<NoticeNumber> numbers, LocalDate issuedOn, LocalDate validUntil,
            Optional<String> continues, boolean lapsed) {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("A notice has at least one number");
        }
        return new AppliedNotice(numbers, issuedOn, validUntil, continues, lapsed);
    }

    /** @return the notice's numbers, in header order */
    public List<NoticeNumber> numbers() {
        return numbers;
    }

    /** @return the numbers as the header writes them, such as {@code 警察庁丁情対発第217号、丁備企発第111号} */
    public String numbersText() {
        return NoticeNumbers.format(numbers);
    }

    /** @return the date of issue */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** @return the last day of the notice's validity (有効期間) */
    public LocalDate validUntil() {
        return validUntil;
    }

    /**
     * Returns the numbers of the notice this one continues, for a registered successor.
     *
     * @return the predecessor's numbers as the header writes them; empty for notice 217 and 185
     */
    public Optional<String> continues() {
        return continues;
    }

    /**
     * Tells whether the record is dated after this notice lapsed, with no registered successor in
     * force on its date (rule NTC-004 then warns).
     *
     * @return true when the notice had lapsed on the record's date
     */
    public boolean lapsed() {
        return lapsed;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AppliedNotice)) {
            return false;
        }
        AppliedNotice other = (AppliedNotice) o;
        return numbers.equals(other.numbers) && issuedOn.equals(other.issuedOn) && validUntil.equals(other.validUntil)
                && continues.equals(other.continues) && lapsed == other.lapsed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numbers, issuedOn, validUntil, continues, lapsed);
    }

    /** @return the numbers, and the lapse when the record is dated after it */
    @Override
    public String toString() {
        return numbersText() + (lapsed ? " (lapsed after " + validUntil + ")" : "");
    }
}
