package io.jointresponse.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A JUnit Jupiter source of the fixture payloads: each entry of the
 * {@link io.jointresponse.fixtures.FixtureManifest manifest} becomes one invocation of a
 * {@code @ParameterizedTest} whose parameter is a {@link io.jointresponse.fixtures.ManifestEntry},
 * named after its file. Without filters every entry comes; filters combine (an entry must pass all).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ManifestSource(kinds = "agreement", validity = ManifestSource.Validity.INVALID)
 * void myIntakeRefusesBrokenAgreements(ManifestEntry entry) { … }
 * }</pre>
 *
 * <p>A filter that names an unknown kind or rule id, or that leaves no entry, fails the test with a
 * message that says so, rather than running it zero times.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ManifestArgumentsProvider.class)
public @interface ManifestSource {

    /**
     * Keeps the entries of these kinds, by wire name ({@code agreement}, {@code incidentReport}, …;
     * {@code disclosureDecision} for both publication decisions); all kinds when empty.
     *
     * @return the kinds
     */
    String[] kinds() default {};

    /**
     * Keeps the valid entries, the invalid ones, or all.
     *
     * @return which
     */
    Validity validity() default Validity.ALL;

    /**
     * Keeps the entries that expect at least one of these rule ids ({@code AGR-001},
     * {@code SHAPE-MISSING}, …); all entries when empty.
     *
     * @return the rule ids
     */
    String[] rules() default {};

    /** Which entries {@link #validity()} keeps. */
    enum Validity {
        /** Every entry. */
        ALL,
        /** The payloads that break nothing: they expect no rule id. */
        VALID,
        /** The payloads that break something: they expect at least one rule id (a warning counts). */
        INVALID
    }
}
