package io.github.sqlguard.core;

import java.util.Locale;

/** How serious a finding is; ordered from least to most serious. */
public enum Severity {
    NOTE,
    WARNING,
    ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses {@code error|warning|note}; throws {@link IllegalArgumentException} with a readable message. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or note)");
    }
}
