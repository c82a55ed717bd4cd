package io.jointresponse.cli;

import io.jointresponse.serialization.WireRules;
import io.jointresponse.validation.RuleCatalogue;

/**
 * The command's input limits and what makes an input unreadable.
 */
final class Limits {

    /**
     * The largest document read, in bytes: a file or NDJSON line beyond it is reported as a
     * {@code JSON-LIMIT} finding without being read into memory.
     */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

    private Limits() {}

    /**
     * Tells whether a finding means that its input could not be read as a document at all.
     *
     * @param ruleId the finding's rule id
     * @return true for I/O, syntax and limit findings
     */
    static boolean isUnreadable(String ruleId) {
        return ruleId.equals(WireRules.JSON_SYNTAX) || ruleId.equals(WireRules.JSON_LIMIT) || ruleId.equals(RuleCatalogue.INPUT_IO);
    }
}
