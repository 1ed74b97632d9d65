package io.github.sqlguard.rules;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A database URL a configuration file sets: a key ending in {@code url} or {@code uri} ({@code spring.datasource.url},
 * {@code flyway.url}, {@code DATABASE_URL}, {@code environments.dev.url}) whose value, placeholders filled in from the
 * same file, is a {@link DatabaseUrl}. A value with a placeholder set outside the file is not hard-coded and is none.
 *
 * @param setting     the setting
 * @param url         the URL it gives
 * @param via         how placeholders were filled in, or empty
 * @param environment the environment it is for: its profile, its Flyway TOML environment, or the one its file's name
 *                    says; null for none
 */
record ConfiguredUrl(Setting setting, DatabaseUrl url, String via, String environment) {

    static List<ConfiguredUrl> in(Settings settings) {
        if (ConfigurationFile.isTemplate(settings.file())) {
            return List.of();
        }
        List<ConfiguredUrl> urls = new ArrayList<>();
        for (Setting s : settings.settings()) {
            String key = s.canonicalKey();
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (!(last.endsWith("url") || last.endsWith("uri")) || key.contains("reference")) {
                continue;
            }
            UrlPlaceholders.Filled filled = UrlPlaceholders.fill(s.value(), settings::value);
            Optional<DatabaseUrl> url = filled == null ? Optional.empty() : DatabaseUrl.parse(filled.value());
            url.ifPresent(u -> urls.add(new ConfiguredUrl(s, u, filled.via(), environment(settings, s))));
        }
        return urls;
    }

    /** The Flyway TOML environment of {@code environments.<name>.url}, or null. */
    String tomlEnvironment() {
        String[] parts = setting.key().split("\\.");
        return parts.length == 3 && parts[0].equals("environments") ? parts[1] : null;
    }

    /** The URL as a message quotes it: masked, with how its placeholders were filled in. */
    String quoted() {
        return "`" + url.masked() + "`" + (via.isEmpty() ? "" : " (" + DatabaseUrl.mask(via) + ")");
    }

    private static String environment(Settings settings, Setting s) {
        if (s.profile() != null) {
            return s.profile();
        }
        String[] parts = s.key().split("\\.");
        if (ConfigurationFile.of(settings.file()) == ConfigurationFile.FLYWAY_TOML && parts.length == 3
                && parts[0].toLowerCase(Locale.ROOT).equals("environments") && !parts[1].equals("default")) {
            return parts[1];
        }
        return ConfigurationFile.environment(settings.file());
    }
}
