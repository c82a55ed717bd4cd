package io.jointresponse.examples.kafka;

import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationReport;

/**
 * Validates one payload in a context: {@code JointResponseValidator::validatePayload}. A seam of
 * its own only so that a test can make it fail the way a defect would.
 */
@FunctionalInterface
interface PayloadCheck {

    /**
     * Validates a payload.
     *
     * @param payload the payload, not null
     * @param context the other records, not null
     * @return the report
     */
    ValidationReport validate(byte[] payload, ValidationContext context);
}
