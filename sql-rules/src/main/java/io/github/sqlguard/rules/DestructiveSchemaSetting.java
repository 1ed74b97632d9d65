package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;

/**
 * A setting that drops or wipes the database when the application or a migration tool starts, in the settings the
 * settings source reads from properties, YAML, TOML and XML files and poms.
 */
public final class DestructiveSchemaSetting implements SettingRule {

    public static final String ID = "destructive-schema-setting";

    static final RuleMeta META = new RuleMeta(
            ID,
            "Setting that wipes the database at start-up",
            ERROR, ERROR,
            "Some settings drop the schema every time the application or the migration tool starts:"
                    + " `spring.jpa.hibernate.ddl-auto` / `hibernate.hbm2ddl.auto` set to `create`, `create-drop` or"
                    + " `drop`; `jakarta.persistence.schema-generation.database.action` set to `drop-and-create` or"
                    + " `drop`; Flyway with clean enabled (`spring.flyway.clean-disabled=false`,"
                    + " `clean-on-validation-error=true`); Liquibase `drop-first=true`. They are meant for throw-away"
                    + " test databases. In main resources, in a profile, or in a pom's plugin configuration they"
                    + " reach a real database sooner or later: the wrong environment file, the wrong profile, a"
                    + " local run pointed at production.",
            "Use `validate` or `none` in main configuration and let migrations change the schema. Keep destructive"
                    + " settings in test resources only.",
            "spring.jpa.hibernate.ddl-auto=create-drop",
            "spring.jpa.hibernate.ddl-auto=validate",
            "properties");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Settings settings, Reporter reporter) {
        for (Setting s : settings.settings()) {
            DestructiveSettings.judge(s, settings::value).ifPresent(message -> reporter.report(s, message));
        }
    }
}
