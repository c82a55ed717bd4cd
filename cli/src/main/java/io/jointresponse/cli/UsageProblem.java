package io.jointresponse.cli;

/**
 * A command line that reads as options and paths but cannot be run as given, such as
 * {@code --threads 0}: found before the command prints anything, and reported as a usage error.
 */
final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, for the one line of the usage error */
    UsageProblem(String message) {
        super(message);
    }
}
