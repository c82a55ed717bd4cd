package io.jointresponse.core.jc3;

/**
 * How information from or about JC3 may be handled. Sharing with JC3 rests on non-disclosure
 * agreements (秘密保持契約等) that in principle (原則として) forbid disclosure to third parties
 * (notice 185, §3(2)).
 */
public enum HandlingMarking {
    /** Confidential under the non-disclosure agreement: police use only. */
    CONFIDENTIAL,
    /**
     * Marked for disclosure to a third party: forbidden in principle, so it needs a recorded
     * {@link DisclosureExemption} (rule JC3-002).
     */
    THIRD_PARTY_DISCLOSURE;
}
