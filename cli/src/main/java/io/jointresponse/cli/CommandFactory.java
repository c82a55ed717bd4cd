package io.jointresponse.cli;

import picocli.CommandLine;

/**
 * Creates the subcommands with the run's {@link Terminal}, so that no command reaches for
 * {@code System.in} or {@code System.out} and every one can be tested.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Terminal terminal;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ReportCommand.AnnualCommand.class) {
            return type.cast(new ReportCommand.AnnualCommand(terminal));
        }
        return fallback.create(type);
    }
}
