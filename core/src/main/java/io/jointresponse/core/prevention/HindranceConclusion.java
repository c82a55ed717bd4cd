package io.jointresponse.core.prevention;

/**
 * What a hindrance check concluded.
 */
public enum HindranceConclusion {
    /** Releasing the information does not hinder the investigation or the trial. */
    NO_HINDRANCE,
    /**
     * Releasing it would hinder the investigation or the trial: it is held back until a later check
     * finds that it no longer would.
     */
    HINDERS;
}
