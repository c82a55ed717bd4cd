package io.jointresponse.core.notice;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A notice that continues another after it lapses: its numbers, date of issue and validity, and
 * the number of the notice it continues.
 *
 * <p>Notices have a validity (有効期間): notice 217 runs until 平成36年3月31日 (2024-03-31), notice 185
 * until 平成34年3月31日 (2022-03-31). The NPA continues a lapsed notice with a new one, whose number
 * the library cannot know in advance; a user registers it, and records dated after the original
 * lapsed are then checked under it without a lapse warning. Registering a successor does not change
 * what the rules check: the library applies the rules of the notice it encodes, and a successor is
 * taken to continue them.
 */
@Value.Immutable
public abstract class SuccessorNotice {

    SuccessorNotice() {}

    /** @return the successor's numbers, in header order; never empty */
    public abstract List<NoticeNumber> numbers();

    /** @return the successor's date of issue, as written */
    public abstract JapaneseDate issuedOn();

    /** @return the successor's period of validity */
    public abstract Validity validity();

    /**
     * Returns a number of the notice this one continues: one of notice 217's or 185's, or of another
     * registered successor.
     *
     * @return the number
     */
    public abstract NoticeNumber continues();

    /** @return the successor's title as written, where recorded */
    public abstract Optional<String> title();

    /** @return the numbers as the header writes them, such as {@code 警察庁丁サ企発第1号、丁備企発第2号} */
    public final String numbersText() {
        return NoticeNumbers.format(numbers());
    }

    /** @return the last day of validity, as a Gregorian date */
    public final LocalDate validUntil() {
        return validity().end().toLocalDate();
    }

    @Value.Check
    void check() {
        if (numbers().isEmpty()) {
            throw new IllegalStateException("A successor notice has at least one number");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SuccessorNotice}. */
    public static final class Builder extends ImmutableSuccessorNotice.Builder {}
}
