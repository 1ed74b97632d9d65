package io.github.sqlguard.cli;

import io.github.sqlguard.report.Reports;

import io.github.sqlguard.core.Tool;
import io.github.sqlguard.scan.ConfigFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options, help text and exit codes of {@code sqlguard}, built with picocli's programmatic API: picocli reads no
 * annotations by reflection at start-up.
 */
final class CommandDefinition {

    static final String FORMAT = "--format";
    static final String OUTPUT = "--output";
    static final String FAIL_ON = "--fail-on";
    static final String INCLUDE_TESTS = "--include-tests";
    static final String CONFIG = "--config";
    static final String RULE = "--rule";
    static final String EXCLUDE = "--exclude";
    static final String BASELINE = "--baseline";
    static final String WRITE_BASELINE = "--write-baseline";
    static final String CHANGED_SINCE = "--changed-since";
    static final String AUDIT = "--audit";
    static final String LIST_RULES = "--list-rules";
    static final String VERBOSE = "--verbose";

    static final String DEFAULT_FORMAT = "text";
    static final String DEFAULT_FAIL_ON = "error";

    private CommandDefinition() {
    }

    /** The command's model; {@code command} is what picocli runs once the arguments are parsed. */
    static CommandSpec spec(Object command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(Tool.NAME);
        spec.version(Tool.NAME + " " + Tool.version());
        spec.exitCodeOnInvalidInput(SqlGuardCommand.EXIT_ERROR);
        spec.exitCodeOnExecutionException(SqlGuardCommand.EXIT_ERROR);
        spec.usageMessage()
                .customSynopsis(
                        "sqlguard [OPTIONS] PATH...",
                        "       sqlguard --list-rules [--format json]")
                .description("Finds SQL that destroys data (UPDATE/DELETE without WHERE, DROP, TRUNCATE, destructive"
                        + " ALTER) in migrations and application code.")
                .sortOptions(false)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes())
                .footerHeading("%nExamples:%n")
                .footer(
                        "  sqlguard .                                  scan the project in this folder",
                        "  sqlguard --format sarif --output sqlguard.sarif src",
                        "  sqlguard --changed-since origin/main .      only lines a branch changes",
                        "  sqlguard --write-baseline baseline.json .   record today's findings",
                        "  sqlguard --baseline baseline.json .         fail only on new ones",
                        "  sqlguard --exclude '**/legacy/**' --rule truncate-table=off db",
                        "  sqlguard --list-rules --format json");
        spec.addPositional(PositionalParamSpec.builder()
                .paramLabel("PATH")
                .arity("0..*")
                .type(List.class).auxiliaryTypes(Path.class)
                .description("Files and directories to scan.")
                .build());
        spec.addOption(value(FORMAT, "FORMAT", String.class,
                String.join(", ", Reports.FORMATS) + " (default: ${DEFAULT-VALUE}); with --list-rules, text or json.")
                .defaultValue(DEFAULT_FORMAT).build());
        spec.addOption(value(OUTPUT, "FILE", Path.class,
                "Write the report to FILE (its folder is created) instead of standard output.").build());
        spec.addOption(value(FAIL_ON, "LEVEL", String.class,
                "Exit 1 if a finding is at or above LEVEL: error, warning, note or never (default: ${DEFAULT-VALUE}).")
                .defaultValue(DEFAULT_FAIL_ON).build());
        spec.addOption(flag(INCLUDE_TESTS, "Scan test code too; its findings are notes."));
        spec.addOption(value(CONFIG, "FILE", Path.class,
                "Configuration file (default: the nearest " + ConfigFile.NAME + " at or above the scanned paths, up"
                        + " to the repository root, else at or above the current folder).").build());
        spec.addOption(repeated(RULE, "ID=LEVEL",
                "Set a rule to error, warning, note or off; repeatable, overrides the configuration file."));
        spec.addOption(repeated(EXCLUDE, "GLOB",
                "Leave out the files matching GLOB, relative to each scanned directory (as excludes in "
                        + ConfigFile.NAME + "); repeatable, adds to the configuration's."));
        spec.addOption(value(BASELINE, "FILE", Path.class,
                "Hide the findings held in this baseline file; list the ones fixed since.").build());
        spec.addOption(value(WRITE_BASELINE, "FILE", Path.class,
                "Write every current finding to this baseline file (its folder is created) and exit 0.").build());
        spec.addOption(value(CHANGED_SINCE, "REF", String.class,
                "Report only findings on lines added or changed since the git REF (uncommitted changes included)"
                        + " and in files added since, e.g. origin/main.").build());
        spec.addOption(flag(AUDIT, "Instead of the findings, list each destructive statement in a SQL file that the"
                + " scan passed silently (with --verbose: every one, with its verdict), and count them."));
        spec.addOption(flag(LIST_RULES, "List the rules: id, severity in application code and in migrations, title."));
        spec.addOption(flag(VERBOSE, "Say which configuration is used; show stack traces of failures."));
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "nothing at or above --fail-on");
        codes.put("1", "a finding at or above --fail-on; with --audit, a destructive statement passed silently");
        codes.put("2", "bad usage, a path that does not exist, bad configuration, unreadable baseline, unknown git"
                + " ref or internal failure");
        return codes;
    }

    private static OptionSpec.Builder value(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).arity("1").description(description);
    }

    private static OptionSpec repeated(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class).arity("1")
                .description(description).build();
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
    }
}
