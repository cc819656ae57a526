package io.aifashion.launcher.admin;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ai-fashion admin}: operations on a running system that need an administrator's token. */
@Command(name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administrative operations on a running system (need an ADMIN access token).",
        subcommands = {
                RebuildRecommendationsCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class AdminCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
