package io.jointresponse.core.prevention;

/**
 * What a hindrance check concluded.
 */
public enum HindranceConclusion {
    /** Releasing the information does not hinder the investigation or the trial. */
    NO_HINDRANCE,
    /** Releasing it would hinder the investigation or the trial: it must not be released. */
    HINDERS;
}
