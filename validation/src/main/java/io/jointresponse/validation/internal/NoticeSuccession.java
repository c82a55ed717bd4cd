package io.jointresponse.validation.internal;

import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeNumbers;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.validation.AppliedNotice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices the library encodes and the successors a user registered, as chains: notice 217 or
 * 185 first, then each successor that continues the one before it. A record is governed by the last
 * notice of its chain issued on or before the record's date (the original when none was), and that
 * notice has lapsed for the record when the record is dated after its validity. Immutable.
 */
public final class NoticeSuccession {

    /** One link of a chain: a notice's numbers, date of issue, validity, and what it continues. */
    private record Link(List<NoticeNumber> numbers, LocalDate issuedOn, LocalDate validUntil, Optional<String> continues) {}

    private static final NoticeSuccession NONE = new NoticeSuccession(List.of());

    private final List<SuccessorNotice> successors;
    private final Map<String, List<Link>> chains;

    private NoticeSuccession(List<SuccessorNotice> successors) {
        this.successors = List.copyOf(successors);
        Map<String, List<Link>> byBase = new HashMap<>();
        for (String base : List.of(Rules.NOTICE_217, Rules.NOTICE_185)) {
            byBase.put(base, chain(base, successors));
        }
        this.chains = Collections.unmodifiableMap(byBase);
    }

    /** @return the succession with no registered successor */
    public static NoticeSuccession none() {
        return NONE;
    }

    /**
     * Returns the succession of the encoded notices and some successors.
     *
     * @param successors the registered successors, in any order, not null
     * @return the succession
     * @throws IllegalArgumentException if a successor continues no known notice, two continue the
     *     same notice, one is issued before the notice it continues, or one repeats a known number
     */
    public static NoticeSuccession of(Collection<SuccessorNotice> successors) {
        return successors.isEmpty() ? NONE : new NoticeSuccession(new ArrayList<>(successors));
    }

    /** @return the registered successors */
    public List<SuccessorNotice> successors() {
        return successors;
    }

    /**
     * Returns the notice that governs a record of a base notice, and whether it had lapsed.
     *
     * @param base {@link Rules#NOTICE_217} or {@link Rules#NOTICE_185}, not null
     * @param recordDate the record's governing date, not null
     * @return the applied notice
     */
    public AppliedNotice governing(String base, LocalDate recordDate) {
        List<Link> chain = chains.get(base);
        Link governing = chain.get(0);
        for (Link link : chain) {
            if (!link.issuedOn().isAfter(recordDate)) {
                governing = link;
            }
        }
        return AppliedNotice.of(governing.numbers(), governing.issuedOn(), governing.validUntil(), governing.continues(),
                recordDate.isAfter(governing.validUntil()));
    }

    private static List<Link> chain(String base, List<SuccessorNotice> successors) {
        Notice original = base.equals(Rules.NOTICE_217) ? Notices.JOINT_RESPONSE_MATTERS : Notices.JC3_COOPERATION;
        List<Link> chain = new ArrayList<>();
        chain.add(new Link(original.numbers(), original.issuedOn().toLocalDate(), original.validity().end().toLocalDate(), Optional.empty()));
        Link last = chain.get(0);
        boolean extended = true;
        while (extended) {
            extended = false;
            for (SuccessorNotice s : successors) {
                if (last.numbers().contains(s.continues())) {
                    LocalDate issued = s.issuedOn().toLocalDate();
                    if (!issued.isAfter(last.issuedOn())) {
                        throw new IllegalArgumentException("The successor " + s.numbersText() + " is issued on " + issued
                                + ", not after the notice it continues (" + NoticeNumbers.format(last.numbers()) + ", " + last.issuedOn() + ")");
                    }
                    if (extended) {
                        throw new IllegalArgumentException("Two successors continue " + NoticeNumbers.format(last.numbers())
                                + ": register one, the one in force");
                    }
                    Link next = new Link(s.numbers(), issued, s.validUntil(), Optional.of(NoticeNumbers.format(last.numbers())));
                    chain.add(next);
                    extended = true;
                }
            }
            if (extended) {
                last = chain.get(chain.size() - 1);
                if (chain.size() > successors.size() + 1) {
                    throw new IllegalArgumentException("The successors continue one another in a circle");
                }
            }
        }
        return List.copyOf(chain);
    }

    /**
     * Checks that every successor continues a notice of one of the two chains.
     *
     * @param successors the successors, not null
     * @throws IllegalArgumentException naming the first that continues no known notice
     */
    public static void requireKnown(Collection<SuccessorNotice> successors) {
        NoticeSuccession succession = of(successors);
        int linked = succession.chains.values().stream().mapToInt(c -> c.size() - 1).sum();
        if (linked < successors.size()) {
            for (SuccessorNotice s : successors) {
                boolean found = succession.chains.values().stream().anyMatch(c -> c.stream().skip(1).anyMatch(l -> l.numbers().equals(s.numbers())));
                if (!found) {
                    throw new IllegalArgumentException("The successor " + s.numbersText() + " continues " + s.continues()
                            + ", which is neither notice 217 or 185 nor a registered successor of them");
                }
            }
        }
    }
}
