package io.github.sqlguard.rules;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;

/** A rule that judges the settings of a configuration file; such settings are never in bytecode. */
public non-sealed interface SettingRule extends Rule {

    void check(Settings settings, Reporter reporter);

    /**
     * As {@link #check(Settings, Reporter)}, with the words that tell the run's environments apart, for the rules
     * that compare environments. By default they are not needed.
     */
    default void check(Settings settings, EnvironmentWords words, Reporter reporter) {
        check(settings, reporter);
    }

    /** Where a rule puts what it finds. */
    @FunctionalInterface
    interface Reporter {
        void report(Setting setting, String message);
    }
}
