package io.jointresponse.core.jc3;

/**
 * How information received from JC3 may be handled. Sharing with JC3 rests on non-disclosure
 * agreements that in principle forbid disclosure to third parties (notice 185, §3(2)).
 */
public enum HandlingMarking {
    /** Confidential under the non-disclosure agreement: police use only. */
    CONFIDENTIAL,
    /** Marked for disclosure to a third party: never allowed for JC3 information (rule JC3-002). */
    THIRD_PARTY_DISCLOSURE;
}
