package io.aifashion.launcher;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (Implementation-Version), falling back to "development". */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = AiFashionCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ai-fashion " + (v == null ? "development" : v)};
    }
}
