/**
 * AssertJ assertions for validation reports, findings and read results, and a JUnit Jupiter source
 * that feeds every fixture payload of the manifest to a parameterized test, for users' test suites.
 */
module io.jointresponse.test {
    requires transitive io.jointresponse.validation;
    requires transitive io.jointresponse.fixtures;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.params;

    exports io.jointresponse.test;

    // JUnit instantiates the arguments provider that @ManifestSource names.
    opens io.jointresponse.test to org.junit.platform.commons;
}
