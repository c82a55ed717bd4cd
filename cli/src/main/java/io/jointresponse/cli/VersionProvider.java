package io.jointresponse.cli;

import picocli.CommandLine;

/**
 * Reads the version from the jar's manifest, so that it is never written twice.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = JointResponseCli.class.getPackage().getImplementationVersion();
        return new String[] {"jointresponse " + (version == null ? "(development build)" : version)};
    }
}
