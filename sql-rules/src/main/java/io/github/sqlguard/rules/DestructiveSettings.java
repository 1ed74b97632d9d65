package io.github.sqlguard.rules;

import io.github.sqlguard.core.Setting;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which keys and values wipe a database, and how to say so. */
final class DestructiveSettings {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    private enum Kind {
        HIBERNATE_ACTION,
        JPA_ACTION,
        FLYWAY_CLEAN_DISABLED,
        FLYWAY_CLEAN_ON_VALIDATION_ERROR,
        LIQUIBASE_DROP_FIRST
    }

    private static final Map<String, Kind> KEYS = keys(Map.ofEntries(
            Map.entry("spring.jpa.hibernate.ddl-auto", Kind.HIBERNATE_ACTION),
            Map.entry("hibernate.hbm2ddl.auto", Kind.HIBERNATE_ACTION),
            Map.entry("spring.jpa.properties.hibernate.hbm2ddl.auto", Kind.HIBERNATE_ACTION),
            Map.entry("javax.persistence.hibernate.hbm2ddl.auto", Kind.HIBERNATE_ACTION),
            Map.entry("jakarta.persistence.schema-generation.database.action", Kind.JPA_ACTION),
            Map.entry("javax.persistence.schema-generation.database.action", Kind.JPA_ACTION),
            Map.entry("spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
                    Kind.JPA_ACTION),
            Map.entry("spring.jpa.properties.javax.persistence.schema-generation.database.action",
                    Kind.JPA_ACTION),
            Map.entry("spring.flyway.clean-disabled", Kind.FLYWAY_CLEAN_DISABLED),
            Map.entry("flyway.clean-disabled", Kind.FLYWAY_CLEAN_DISABLED),
            Map.entry("spring.flyway.clean-on-validation-error", Kind.FLYWAY_CLEAN_ON_VALIDATION_ERROR),
            Map.entry("flyway.clean-on-validation-error", Kind.FLYWAY_CLEAN_ON_VALIDATION_ERROR),
            Map.entry("spring.liquibase.drop-first", Kind.LIQUIBASE_DROP_FIRST),
            Map.entry("liquibase.drop-first", Kind.LIQUIBASE_DROP_FIRST)));

    private static final int MAX_INDIRECTIONS = 10;

    private DestructiveSettings() {
    }

    /**
     * The finding's message when the setting wipes data, else empty.
     *
     * @param lookup the raw value of another key of the same file (by {@link Setting#canonical} key), or null; it
     *               resolves {@code ${key}} placeholders
     */
    static Optional<String> judge(Setting setting, Function<String, String> lookup) {
        Kind kind = KEYS.get(setting.canonicalKey());
        if (kind == null) {
            return Optional.empty();
        }
        String written = setting.value().strip();
        String value = written;
        String via = "";
        for (int i = 0; i < MAX_INDIRECTIONS && isPlaceholder(value); i++) {
            String inner = value.substring(2, value.length() - 1);
            int colon = defaultSeparator(inner);
            String name = colon < 0 ? inner : inner.substring(0, colon);
            String resolved = lookup.apply(Setting.canonical(name.strip()));
            if (resolved != null) {
                value = resolved.strip();
                via = " (through `${" + name.strip() + "}`)";
            } else if (colon >= 0) {
                value = inner.substring(colon + 1).strip();
                via = " (the default of `" + written + "`, used whenever " + name.strip() + " is not set)";
            } else {
                return Optional.empty();
            }
        }
        String v = value.toLowerCase(Locale.ROOT);
        String what = switch (kind) {
            case HIBERNATE_ACTION, JPA_ACTION -> schemaAction(kind, v);
            case FLYWAY_CLEAN_DISABLED -> FALSE.contains(v) ? "lets Flyway clean run: a single clean (a build task, a"
                    + " CLI call, a Flyway.clean() in code) drops every object in the configured schemas, all data"
                    + " with them. Set it to true" : null;
            case FLYWAY_CLEAN_ON_VALIDATION_ERROR -> TRUE.contains(v) ? "makes Flyway drop every object in the"
                    + " schema whenever validation fails (one edited migration is enough) and migrate from scratch:"
                    + " all data is lost. Set it to false and repair the migration history instead" : null;
            case LIQUIBASE_DROP_FIRST -> TRUE.contains(v) ? "makes Liquibase drop every object in the schema"
                    + " before each run of the changelog (at every start-up of the application): all data is lost."
                    + " Set it to false" : null;
        };
        if (what == null) {
            return Optional.empty();
        }
        String profile = setting.profile() == null ? "" : " in profile `" + setting.profile() + "`";
        return Optional.of("`" + setting.snippet() + "`" + profile + via + " " + what + ".");
    }

    private static String schemaAction(Kind kind, String v) {
        String safe = ". Use validate or none and let migrations change the schema";
        return switch (v) {
            case "create" -> kind == Kind.HIBERNATE_ACTION
                    ? "drops and recreates every table the application maps at each start-up: all rows are lost"
                            + safe
                    : null;
            case "drop-and-create" -> "drops and recreates every table the application maps at each start-up: all"
                    + " rows are lost" + safe;
            case "create-drop" -> "drops and recreates every table the application maps at each start-up, and drops"
                    + " them again at shut-down: all rows are lost" + safe;
            case "drop" -> "drops every table the application maps at start-up: all rows are lost" + safe;
            case "truncate" -> "empties every table the application maps at each start-up: all rows are lost"
                    + safe;
            default -> null;
        };
    }

    /** A value that is one {@code ${...}} placeholder and nothing else. */
    private static boolean isPlaceholder(String value) {
        if (!value.startsWith("${") || !value.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0 && i != value.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The {@code :} between a placeholder's name and its default, outside nested placeholders; -1 if none. */
    private static int defaultSeparator(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Kind> keys(Map<String, Kind> written) {
        return written.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> Setting.canonical(e.getKey()),
                Map.Entry::getValue));
    }
}
