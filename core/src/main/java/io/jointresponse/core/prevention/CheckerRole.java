package io.jointresponse.core.prevention;

/**
 * The role of whoever checked a release for hindrance. Notice 217, §5 requires a senior
 * investigator (捜査幹部).
 */
public enum CheckerRole {
    /** 捜査幹部: a senior investigator. */
    SENIOR_INVESTIGATOR,
    /** Anyone else: such a check does not satisfy rule PRV-001. */
    OTHER;
}
