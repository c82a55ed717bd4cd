package io.jointresponse.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams one run of the command works with, and whether a person is watching (progress is
 * shown only then).
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {}
