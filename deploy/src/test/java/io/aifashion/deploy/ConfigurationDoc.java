package io.aifashion.deploy;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The environment variables docs/configuration.md documents (every `UPPER_CASE` name in it). */
final class ConfigurationDoc {

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]{2,})`");

    private ConfigurationDoc() {
    }

    static Set<String> variables() {
        String doc = Repo.read(Repo.path("docs/configuration.md"));
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(doc);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
