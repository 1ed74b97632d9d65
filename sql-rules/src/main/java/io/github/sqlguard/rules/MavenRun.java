package io.github.sqlguard.rules;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How Maven runs the Flyway or Liquibase plugin with a URL of a pom: the plugin's configuration (in build plugins,
 * plugin management or a profile active by default) is what {@code mvn flyway:migrate} or {@code mvn liquibase:update}
 * uses; an execution's is what the build runs at its phase. A profile that is not active by default runs only when
 * asked for. The same configuration drops every table when it enables clean or {@code dropFirst}, or when an execution
 * using its URL runs {@code flyway:clean} or {@code liquibase:dropAll}.
 */
final class MavenRun {

    private MavenRun() {
    }

    static Optional<LocalRun> of(Settings settings, ConfiguredUrl url) {
        Setting s = url.setting();
        String key = s.canonicalKey();
        String tool = key.equals("flyway.url") ? "flyway" : key.equals("liquibase.url") ? "liquibase" : null;
        if (tool == null || s.profile() != null && !activeByDefault(settings, s.profile())) {
            return Optional.empty();
        }
        String plugin = tool + "-maven-plugin";
        String profile = s.profile() == null ? "" : " in profile `" + s.profile() + "`";
        String advice = "Take the URL from the environment (`${env." + tool.toUpperCase(java.util.Locale.ROOT)
                + "_URL}`) or from a profile that is never active by default.";
        boolean cli = s.block() == null || s.block().equals("default-cli");
        String command = cli ? "`mvn " + tool + ":" + (tool.equals("flyway") ? "migrate" : "update") + "`"
                : execution(settings, tool, s.block(), s.profile());
        String holder = cli ? "the " + plugin + " configuration" + profile
                : "execution `" + s.block() + "` of the " + plugin + profile;
        return Optional.of(new LocalRun(command, holder, advice, destruction(settings, tool, s)));
    }

    /** {@code `mvn verify` (execution `migrate`: `flyway:migrate`)}, or without a phase the build's execution. */
    private static String execution(Settings settings, String tool, String block, String profile) {
        List<Setting> goals = inExecution(settings, tool + ".execution.goal", block, profile);
        List<Setting> phase = inExecution(settings, tool + ".execution.phase", block, profile);
        String ran = goals.isEmpty() ? "" : ": " + String.join(", ", goals.stream()
                .map(g -> "`" + tool + ":" + g.value() + "`").toList());
        return (phase.isEmpty() ? "The build" : "`mvn " + phase.get(0).value() + "`") + " (execution `" + block + "`"
                + ran + ")";
    }

    private static LocalRun.Destruction destruction(Settings settings, String tool, Setting url) {
        String goal = tool.equals("flyway") ? "clean" : "dropAll";
        for (Setting g : settings.settings()) {
            if (g.canonicalKey().equals(tool + ".execution.goal") && g.value().equals(goal)
                    && sameProfile(g, url) && usesUrl(settings, tool, g.block(), url)) {
                String runs = "runs `" + tool + ":" + goal + "` (line " + g.start().line() + ")";
                return new LocalRun.Destruction(execution(settings, tool, g.block(), g.profile()),
                        g.block().equals(url.block()) ? runs : "execution `" + g.block() + "` " + runs,
                        "Remove that execution");
            }
        }
        for (Setting s : settings.settings()) {
            boolean applies = s.canonicalKey().startsWith(tool + ".") && sameProfile(s, url)
                    && (s.block() == null || s.block().equals(url.block()));
            if (!applies || DestructiveSettings.judge(s, settings::value).isEmpty()) {
                continue;
            }
            String key = s.canonicalKey();
            if (key.equals("flyway.cleandisabled")) {
                return new LocalRun.Destruction("`mvn flyway:clean`", LocalRun.line(s) + " lets clean run",
                        "Keep clean disabled");
            }
            String run = "`mvn " + tool + ":" + (tool.equals("flyway") ? "migrate" : "update") + "`";
            return key.equals("liquibase.dropfirst")
                    ? new LocalRun.Destruction(run, LocalRun.line(s) + " drops every object before each update",
                            "Set dropFirst to false")
                    : new LocalRun.Destruction(run, LocalRun.line(s) + " cleans the schema whenever validation fails",
                            "Set cleanOnValidationError to false");
        }
        return null;
    }

    /** True if the execution {@code block} connects with {@code url}: it is the URL's, or it sets none of its own. */
    private static boolean usesUrl(Settings settings, String tool, String block, Setting url) {
        if (Objects.equals(block, url.block())) {
            return true;
        }
        return url.block() == null && inExecution(settings, tool + ".url", block, url.profile()).isEmpty();
    }

    private static boolean sameProfile(Setting s, Setting url) {
        return s.profile() == null || s.profile().equals(url.profile());
    }

    private static List<Setting> inExecution(Settings settings, String canonicalKey, String block, String profile) {
        return settings.settings().stream().filter(s -> s.canonicalKey().equals(canonicalKey)
                && Objects.equals(s.block(), block) && (s.profile() == null || s.profile().equals(profile))).toList();
    }

    private static boolean activeByDefault(Settings settings, String profile) {
        return settings.settings().stream().anyMatch(s -> profile.equals(s.profile())
                && s.canonicalKey().equals("activation.activebydefault") && s.value().strip().equals("true"));
    }
}
