package io.jointresponse.core.notice;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.document.Document;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A notice (通達) of the National Police Agency, by the metadata its header carries and a records
 * system must keep exactly: numbers, date of issue, title, issuers, addressees, retention and
 * validity, and the notices it abolishes or implements.
 *
 * <p>Texts are kept as written. Whether the metadata agrees with itself (a retention end that
 * matches the date of issue, an abolished notice issued before this one) is for the rules
 * (NTC-001 to NTC-003) to report: such a notice can still be built. The only structural
 * requirement is at least one number.
 */
@Value.Immutable
public abstract non-sealed class Notice implements Document {

    Notice() {}

    /** @return the numbers in header order, each with its agency; never empty */
    public abstract List<NoticeNumber> numbers();

    /** @return the date of issue, as written, such as {@code 平成31年3月27日} */
    public abstract JapaneseDate issuedOn();

    /** @return the title as written, such as {@code …について(通達)} */
    public abstract String title();

    /** @return the issuers (the heads of the issuing divisions) as written, in header order */
    public abstract List<String> issuers();

    /** @return the addressees as written, in header order */
    public abstract List<String> addressees();

    /** @return the addressees for reference (参考送付先) as written, in header order */
    public abstract List<String> referenceAddressees();

    /** @return the retention of the original (原議保存期間) */
    public abstract Retention retention();

    /** @return the period of validity (有効期間) */
    public abstract Validity validity();

    /** @return the notices this one abolishes (廃止する), as the preamble cites them */
    public abstract List<NoticeReference> abolishes();

    /**
     * Returns the notices this one gives the details of, as the preamble cites them (notice 217
     * sets out matters to note for 警察庁丙情対発第10号).
     *
     * @return the parent notices, possibly empty
     */
    public abstract List<NoticeReference> parentNotices();

    /**
     * Returns the numbers as the header writes them, such as
     * {@code 警察庁丁情対発第217号、丁備企発第111号}.
     *
     * @return the header form of the numbers
     */
    public final String numbersText() {
        return NoticeNumbers.format(numbers());
    }

    /**
     * Returns the last day of retention computed from the date of issue, to compare with the stated
     * one (rule NTC-002).
     *
     * @return the computed last day of retention
     * @throws IllegalArgumentException if that day is beyond the range of {@link LocalDate}
     */
    public final LocalDate expectedRetentionEnd() {
        return retention().expectedEnd(issuedOn().toLocalDate());
    }

    /**
     * Returns a reference to this notice citing all its numbers, with its title.
     *
     * @return the reference
     */
    public final NoticeReference toReference() {
        return NoticeReference.builder().issuedOn(issuedOn()).numbers(numbers()).title(title()).build();
    }

    @Value.Check
    void check() {
        if (numbers().isEmpty()) {
            throw new IllegalStateException("A notice has at least one number");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Notice}. */
    public static final class Builder extends ImmutableNotice.Builder {}
}
