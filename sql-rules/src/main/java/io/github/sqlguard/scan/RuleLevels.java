package io.github.sqlguard.scan;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.RuleRegistry;
import java.util.Locale;
import java.util.Optional;

/**
 * The one reading of per-rule levels, whether they come from {@code --rule}, the Maven {@code rules} parameter or the
 * {@code rules} key of a {@code .sqlguard.yml}: {@code rule-id=level}, where the level is {@code error},
 * {@code warning}, {@code note} or {@code off} (any case). A refused setting is an {@link InvalidSetting} that says
 * what was wrong, so that each caller words the error in its own terms.
 */
public final class RuleLevels {

    /** What is wrong with a setting. */
    public enum Problem {
        /** No {@code =} between rule id and level. */
        NOT_ID_EQUALS_LEVEL,
        /** The rule id names no rule. */
        UNKNOWN_RULE,
        /** The level is none of error, warning, note or off. */
        UNKNOWN_LEVEL
    }

    /** A rule id with its level; an empty level switches the rule off. */
    public record Setting(String id, Optional<Severity> level) {
    }

    /**
     * A setting refused. {@link #setting()} is the whole {@code rule-id=level} text (null when only a level was read),
     * {@link #id()} the rule id (stripped; null without {@code =}), {@link #level()} the level text as given.
     */
    public static final class InvalidSetting extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final Problem problem;
        private final String setting;
        private final String id;
        private final String level;

        InvalidSetting(Problem problem, String setting, String id, String level) {
            super(switch (problem) {
                case NOT_ID_EQUALS_LEVEL -> "'" + setting + "' is not rule-id=error|warning|note|off";
                case UNKNOWN_RULE -> "unknown rule id '" + id + "' (known: " + knownIds() + ")";
                case UNKNOWN_LEVEL -> "unknown severity '" + level + "' (expected error, warning, note or off)";
            });
            this.problem = problem;
            this.setting = setting;
            this.id = id;
            this.level = level;
        }

        public Problem problem() {
            return problem;
        }

        public String setting() {
            return setting;
        }

        public String id() {
            return id;
        }

        public String level() {
            return level;
        }
    }

    private RuleLevels() {
    }

    /**
     * Reads {@code error|warning|note|off} (any case, white space around ignored); {@code off} gives an empty
     * optional.
     *
     * @throws InvalidSetting with {@link Problem#UNKNOWN_LEVEL}
     */
    public static Optional<Severity> level(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("off")) {
            return Optional.empty();
        }
        for (Severity severity : Severity.values()) {
            if (severity.id().equals(s)) {
                return Optional.of(severity);
            }
        }
        throw new InvalidSetting(Problem.UNKNOWN_LEVEL, null, null, text);
    }

    /**
     * Reads one {@code rule-id=level}; the id is the text before the first {@code =}, stripped. With
     * {@code knownIdsOnly} an id that names no rule is refused before the level is read; without it, that is left to
     * {@link ScanConfig}.
     *
     * @throws InvalidSetting saying which part is wrong
     */
    public static Setting parse(String setting, boolean knownIdsOnly) {
        int eq = setting.indexOf('=');
        if (eq < 0) {
            throw new InvalidSetting(Problem.NOT_ID_EQUALS_LEVEL, setting, null, null);
        }
        String id = setting.substring(0, eq).strip();
        if (knownIdsOnly && !RuleRegistry.exists(id)) {
            throw new InvalidSetting(Problem.UNKNOWN_RULE, setting, id, null);
        }
        String level = setting.substring(eq + 1);
        try {
            return new Setting(id, level(level));
        } catch (InvalidSetting e) {
            throw new InvalidSetting(Problem.UNKNOWN_LEVEL, setting, id, level);
        }
    }

    /** Whether a rule id names a rule. */
    public static boolean known(String id) {
        return RuleRegistry.exists(id);
    }

    /** The ids of every rule, comma-separated, as error messages list them. */
    public static String knownIds() {
        return String.join(", ", RuleRegistry.metas().stream().map(m -> m.id()).toList());
    }
}
