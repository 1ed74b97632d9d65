package io.github.sqlguard.settings;

import io.github.sqlguard.core.Position;
import java.util.List;

/**
 * One key and value read from a configuration file.
 *
 * @param key     the key as written, nested YAML keys joined with dots
 * @param value   the value, escapes decoded and surrounding white space removed
 * @param start   the key's first character
 * @param end     one past the value's last character
 * @param profile the Spring profile of the setting's document ({@code spring.config.activate.on-profile}), or null
 */
record Setting(String key, String value, Position start, Position end, String profile) {

    Setting(String key, String value, Position start, Position end) {
        this(key, value, start, end, null);
    }

    String snippet() {
        return key + "=" + value;
    }

    Setting inProfile(String name) {
        return new Setting(key, value, start, end, name);
    }

    /** The profile a document of settings activates on, or null. */
    static String profileOf(List<Setting> document) {
        for (Setting s : document) {
            String k = DestructiveSettings.canonical(s.key());
            if (k.equals("spring.config.activate.onprofile") || k.equals("spring.profiles")) {
                return s.value();
            }
        }
        return null;
    }
}
