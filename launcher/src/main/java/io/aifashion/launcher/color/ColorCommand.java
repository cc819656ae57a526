package io.aifashion.launcher.color;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ai-fashion color}: the colour-science library on the command line — CIEDE2000 in bulk,
 * skin-colour descriptions and season analysis.
 */
@Command(name = "color",
        aliases = "colour",
        mixinStandardHelpOptions = true,
        description = "Colour science: CIEDE2000 differences, skin-tone descriptions, seasonal colour analysis.",
        subcommands = {
                DeltaECommand.class,
                DescribeCommand.class,
                SeasonCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class ColorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
