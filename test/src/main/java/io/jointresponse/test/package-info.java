/**
 * Support for users' test suites: AssertJ assertions on validation reports, findings and read
 * results, and the fixture payloads of the manifest as a JUnit Jupiter source.
 *
 * <p>{@link io.jointresponse.test.JointResponseAssertions} is the entry point of the assertions;
 * {@link io.jointresponse.test.ManifestSource} feeds each
 * {@link io.jointresponse.fixtures.ManifestEntry} to a {@code @ParameterizedTest}, and
 * {@link io.jointresponse.test.ManifestValidation} validates one the way the manifest's
 * expectations are computed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ManifestSource
 * void everyFixtureGivesItsRules(ManifestEntry entry) {
 *     assertThat(ManifestValidation.validate(entry)).hasOnlyRules(entry.expectedRuleIds());
 * }
 * }</pre>
 */
package io.jointresponse.test;
