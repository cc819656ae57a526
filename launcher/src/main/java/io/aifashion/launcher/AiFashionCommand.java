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
                ServeCommand.class,
        })
public final class AiFashionCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new AiFashionCommand());
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        // With no arguments, run the whole system, as the README's run command promises.
        System.exit(cli.execute(effective));
    }
}
