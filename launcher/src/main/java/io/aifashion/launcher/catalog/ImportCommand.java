package io.aifashion.launcher.catalog;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ai-fashion import}: bulk data into the system. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = "Import data into the system.",
        subcommands = {
                ImportProductsCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
