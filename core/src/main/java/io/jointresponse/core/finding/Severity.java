package io.jointresponse.core.finding;

/**
 * How serious a {@link Finding} is.
 */
public enum Severity {
    /** The payload or object is invalid. */
    ERROR,
    /** Valid, but a reviewer should look. */
    WARNING;
}
