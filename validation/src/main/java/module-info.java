/**
 * The rule catalogue of the notices, its plain runner, and its validation reports.
 *
 * <p>The rules are plain Java: each is data ({@code Rule.of(id, severity, clause, type, check)}) in
 * the internal package, run by a runner that writes findings straight into the report. No
 * validation framework is involved; the bean-validation module adapts the rules to Jakarta Bean
 * Validation for users' frameworks.
 */
module io.jointresponse.validation {
    requires transitive io.jointresponse.serialization;

    exports io.jointresponse.validation;
}
