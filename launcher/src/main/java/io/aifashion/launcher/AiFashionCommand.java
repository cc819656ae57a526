package io.aifashion.launcher;

import io.aifashion.launcher.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ai-fashion} command line. With no sub-command it runs {@code serve}.
 * Each sub-command lives in its own package and is registered here.
 */
@Command(name = "ai-fashion",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "AI-Fashion: skin-tone analysis, personal colour palettes and colour-aware recommendations.",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.aifashion.launcher.color.ColorCommand.class,
                io.aifashion.launcher.evaluate.EvaluateCommand.class,
                io.aifashion.launcher.analyze.AnalyzeCommand.class,
                io.aifashion.launcher.catalog.DemoDataCommand.class,
                io.aifashion.launcher.catalog.ImportCommand.class,
                io.aifashion.launcher.admin.AdminCommand.class,
                ServeCommand.class,
        })
public final class AiFashionCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Logback's own switch for its configuration file (a file, URL or class-path resource). */
    private static final String CLI_LOGGING_PROPERTY = "logback.configurationFile";

    public static void main(String[] args) {
        // Before any virtual thread exists (VirtualThreadCarriers says why).
        VirtualThreadCarriers.widen(System.getProperties(), Runtime.getRuntime().availableProcessors());
        CommandLine cli = new CommandLine(new AiFashionCommand());
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        // picocli would answer "ai-fashion <unknown> --help" with the top-level help and exit 0,
        // which hides a typo (and tells scripts a command exists that does not).
        if (!effective[0].startsWith("-") && !cli.getSubcommands().containsKey(effective[0])) {
            System.err.println("Unknown command '" + effective[0] + "'. Commands: "
                    + String.join(", ", cli.getSubcommands().keySet()));
            System.exit(2);
        }
        // The other commands' standard output is their answer (JSON lines, reports): their logging
        // goes to standard error, warnings and errors only, unless the user chose a configuration.
        // Set before the first logger exists; `serve` configures its own.
        if (!"serve".equals(effective[0]) && System.getProperty(CLI_LOGGING_PROPERTY) == null) {
            System.setProperty(CLI_LOGGING_PROPERTY, "io/aifashion/launcher/cli-logback.xml");
        }
        // With no arguments, run the whole system, as the README's run command promises.
        System.exit(cli.execute(effective));
    }
}
