package io.jointresponse.core.internal;

import java.time.LocalDate;

/**
 * When an agreement is in force, from its dates: the one definition behind
 * {@code Agreement.isInForceOn} and the annual compilation, which reads each agreement's dates once
 * and asks about two days.
 */
public final class InForce {

    private InForce() {}

    /**
     * Tells whether an agreement with these dates is in force on a day: concluded on or before the
     * day, and not terminated on or before it.
     *
     * @param concludedOn the conclusion date, or null when not concluded
     * @param terminatedOn the termination date, or null when not terminated
     * @param day the day, not null
     * @return true when in force on that day
     */
    public static boolean on(LocalDate concludedOn, LocalDate terminatedOn, LocalDate day) {
        return concludedOn != null && !concludedOn.isAfter(day) && (terminatedOn == null || terminatedOn.isAfter(day));
    }
}
