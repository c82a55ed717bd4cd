package io.jointresponse.core.notice;

import io.jointresponse.core.calendar.JapaneseDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to another notice as preambles write it: the date of issue, the numbers, whether
 * {@code ほか} ("and others") follows them, and optionally the title, as in
 * {@code 平成24年7月12日付け警察庁丁情対発第159号ほか} or
 * {@code 「…について」(平成24年7月12日付け警察庁丁情対発第159号ほか)}.
 *
 * <p>{@code ほか} says the notice has further numbers that the reference does not list, as a
 * jointly issued notice does. {@link #toString()} gives the citation, with the title in
 * {@code 「」} and the citation in brackets when there is a title; {@link #parse(CharSequence)}
 * reads both forms back. An aside inside the brackets, such as {@code 。以下「旧通達」という。}, is
 * not part of the reference.
 */
@Value.Immutable
public abstract class NoticeReference {

    private static final String SPACE = "[\\s\\u3000]*";
    private static final Pattern TITLED = Pattern.compile(SPACE + "「(.*)」" + SPACE + "[(（](.*)[)）]" + SPACE,
            Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("(.+?日)付け?(.+?)(ほか)?");

    NoticeReference() {}

    /** @return the date of issue of the notice referred to */
    public abstract JapaneseDate issuedOn();

    /** @return the numbers cited, in the order written, each with its agency; never empty */
    public abstract List<NoticeNumber> numbers();

    /** @return true when {@code ほか} follows the numbers: the notice has further numbers not cited */
    @Value.Default
    public boolean andOthers() {
        return false;
    }

    /** @return the title of the notice referred to, as written inside {@code 「」} */
    public abstract Optional<String> title();

    /**
     * Returns the citation without the title, such as {@code 平成24年7月12日付け警察庁丁情対発第159号ほか}.
     *
     * @return the citation
     */
    public final String citation() {
        return issuedOn() + "付け" + NoticeNumbers.format(numbers()) + (andOthers() ? "ほか" : "");
    }

    @Value.Check
    void check() {
        if (numbers().isEmpty()) {
            throw new IllegalStateException("A notice reference cites at least one notice number");
        }
    }

    /**
     * Returns a reference without title.
     *
     * @param issuedOn the date of issue, not null
     * @param numbers the numbers cited, not empty, not null
     * @param andOthers whether {@code ほか} follows the numbers
     * @return the reference
     * @throws IllegalStateException if no number is given
     */
    public static NoticeReference of(JapaneseDate issuedOn, List<NoticeNumber> numbers, boolean andOthers) {
        return builder().issuedOn(issuedOn).numbers(numbers).andOthers(andOthers).build();
    }

    /**
     * Reads a reference: a citation such as {@code 平成24年7月12日付け警察庁丁情対発第159号ほか}, or a
     * title in {@code 「」} followed by the citation in brackets. Full-width digits and brackets,
     * spacing and {@code 付} for {@code 付け} are accepted in the citation; the title is kept as
     * written.
     *
     * @param text the reference, not null
     * @return the reference
     * @throws IllegalArgumentException if the text is not in either form, or its date or numbers
     *     cannot be read; the message names the text
     */
    public static NoticeReference parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Builder builder = builder();
        String citation = text.toString();
        Matcher titled = TITLED.matcher(text);
        if (titled.matches()) {
            builder.title(titled.group(1));
            citation = titled.group(2);
        }
        Matcher m = CITATION.matcher(Texts.compact(citation));
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a notice reference: write the date, 付け"
                    + " and the numbers, such as 平成24年7月12日付け警察庁丁情対発第159号ほか, with the title in 「」 before"
                    + " it in brackets if any");
        }
        try {
            return builder.issuedOn(JapaneseDate.parse(m.group(1)))
                    .numbers(NoticeNumbers.parse(m.group(2)))
                    .andOthers(m.group(3) != null)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a notice reference: " + e.getMessage(), e);
        }
    }

    /** @return the citation, preceded by the title in {@code 「」} and bracketed when there is one */
    @Override
    public String toString() {
        return title().map(t -> "「" + t + "」(" + citation() + ")").orElseGet(this::citation);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NoticeReference}. */
    public static final class Builder extends ImmutableNoticeReference.Builder {}
}
