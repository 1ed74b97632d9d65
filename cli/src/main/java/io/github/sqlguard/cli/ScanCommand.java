package io.github.sqlguard.cli;

import io.github.sqlguard.audit.AuditCollector;
import io.github.sqlguard.audit.AuditReport;
import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.baseline.BaselineException;
import io.github.sqlguard.changes.ChangedLines;
import io.github.sqlguard.changes.ChangesException;
import io.github.sqlguard.changes.GitChanges;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.report.Report;
import io.github.sqlguard.report.Reports;
import io.github.sqlguard.scan.ConfigException;
import io.github.sqlguard.scan.ConfigFile;
import io.github.sqlguard.scan.Run;
import io.github.sqlguard.scan.RuleLevels;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A scan as the options ask for it: configuration, baseline, changed lines, the scan itself and its report. */
final class ScanCommand {

    /** Set by {@code bin/sqlguard} on the run that records its class cache. */
    static final String RECORDING_CACHE = "sqlguard.cache.record";


    /** Standing for standard input by convention; refused, because a file's path decides its rules' severities. */
    private static final String STDIN = "-";

    private final Options options;
    private final CommandLine commandLine;
    private final Path workingDirectory;

    ScanCommand(Options options, CommandLine commandLine, Path workingDirectory) {
        this.options = options;
        this.commandLine = commandLine;
        this.workingDirectory = workingDirectory;
    }

    int run(PrintWriter out, PrintWriter err) {
        List<Path> paths = options.paths();
        if (paths.isEmpty()) {
            throw new ParameterException(commandLine, "Missing required parameter: 'PATH'");
        }
        Severity threshold = threshold();
        Report report = report(threshold);
        Map<String, Optional<Severity>> overrides = ruleOverrides();
        List<String> excludes = excludes();
        rejectConflicts();
        for (Path path : paths) {
            if (path.toString().equals(STDIN)) {
                throw new ParameterException(commandLine, "'-': standard input is not read, because where a file"
                        + " lies decides how its findings are rated: pass the files or directories to scan");
            }
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("sqlguard: " + path + ": no such file or directory");
                return SqlGuardCommand.EXIT_ERROR;
            }
        }

        ScanConfig scanConfig;
        try {
            scanConfig = loadConfig(err);
        } catch (ConfigException e) {
            return fail(err, e.getMessage(), e);
        }
        Run run = Run.of(scanConfig).withRuleLevels(overrides).withIncludeTests(options.includeTests());
        if (!excludes.isEmpty()) {
            List<String> allExcludes = new ArrayList<>(scanConfig.excludes());
            allExcludes.addAll(excludes);
            run = run.withSelection(scanConfig.includes(), allExcludes);
        }

        Baseline accepted = null;
        ChangedLines changes = null;
        try {
            if (options.baseline() != null) {
                accepted = Baseline.read(options.baseline());
            }
            if (options.changedSince() != null) {
                changes = GitChanges.since(gitDirectory(), options.changedSince());
                if (changes.warning() != null) {
                    err.println("sqlguard: --changed-since: " + changes.warning());
                }
            }
        } catch (BaselineException e) {
            return fail(err, "--baseline: " + e.getMessage(), e);
        } catch (ChangesException e) {
            return fail(err, "--changed-since: " + e.getMessage(), e);
        }

        run = run.withBaseline(accepted).withChanges(changes).failingAt(threshold, 0);
        Path base = workingDirectory.toAbsolutePath().normalize();
        Scanner scanner = run.scanner(base);
        AuditCollector collector = options.audit() ? new AuditCollector() : null;
        if (collector != null) {
            scanner.withStatementListener(collector);
        }
        ScanResult result = scan(scanner, paths, err);
        for (String problem : result.problems()) {
            err.println("sqlguard: " + problem);
        }
        if (collector != null) {
            return writeAudit(collector.audit(result.findings()), out, err);
        }
        if (options.writeBaseline() != null) {
            return writeBaseline(result, out, err);
        }
        ScanResult shown = run.shown(result, base);
        try {
            ReportFile.write(options.output(), out, w -> report.write(shown, w));
        } catch (IOException e) {
            return fail(err, "cannot write " + options.output() + " (" + SqlGuardCommand.describe(e) + ")", e);
        }
        if (Boolean.getBoolean(RECORDING_CACHE)) {
            scanner.loadEverySource();
            writeEveryOtherFormat(shown, threshold);
        }
        if (options.verbose()) {
            err.println("sqlguard: " + shown.findings().size() + " findings, " + shown.problems().size()
                    + " problems in " + shown.files() + " files");
        }
        return run.fails(shown) ? SqlGuardCommand.EXIT_FINDINGS : SqlGuardCommand.EXIT_OK;
    }

    /**
     * Writes the result in every format but the one asked for, into nothing, while {@code bin/sqlguard} records its
     * class cache: the cache holds the classes its first run loads, and a later run that asks for another format
     * (or, through {@link Scanner#loadEverySource}, reads another kind of file) should not load their classes from
     * the jar.
     */
    private void writeEveryOtherFormat(ScanResult shown, Severity threshold) {
        for (String format : Reports.FORMATS) {
            if (!format.equals(options.format())) {
                try {
                    Reports.forFormat(format, threshold).write(shown, Writer.nullWriter());
                } catch (IOException | RuntimeException e) {
                    // only the cache is less complete
                }
            }
        }
    }

    private static ScanResult scan(Scanner scanner, List<Path> paths, PrintWriter err) {
        if (!Terminal.showsProgress()) {
            return scanner.scan(paths);
        }
        ProgressLine progress = new ProgressLine(err, System::nanoTime);
        try {
            return scanner.withProgress(progress).scan(paths);
        } finally {
            progress.clear();
        }
    }

    private Report report(Severity threshold) {
        try {
            return Reports.forFormat(options.format(), threshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--format: " + e.getMessage());
        }
    }

    private void rejectConflicts() {
        if (options.writeBaseline() != null && (options.baseline() != null || options.changedSince() != null)) {
            throw new ParameterException(commandLine, "--write-baseline writes every finding: it cannot be combined"
                    + " with " + (options.baseline() != null ? "--baseline" : "--changed-since"));
        }
        if (options.audit()) {
            String other = options.writeBaseline() != null ? "--write-baseline"
                    : options.baseline() != null ? "--baseline"
                    : options.changedSince() != null ? "--changed-since"
                    : !options.textFormat() ? "--format " + options.format()
                    : null;
            if (other != null) {
                throw new ParameterException(commandLine, "--audit checks every statement of the scan and prints"
                        + " text: it cannot be combined with " + other);
            }
        }
    }

    /** The audit report goes where the findings report would; its exit code says whether anything was silent. */
    private int writeAudit(AuditReport audit, PrintWriter out, PrintWriter err) {
        try {
            ReportFile.write(options.output(), out, w -> {
                PrintWriter printer = new PrintWriter(w);
                audit.write(printer, options.verbose());
                printer.flush();
            });
        } catch (IOException e) {
            err.println("sqlguard: cannot write " + options.output() + " (" + SqlGuardCommand.describe(e) + ")");
            return SqlGuardCommand.EXIT_ERROR;
        }
        return audit.silent() ? SqlGuardCommand.EXIT_FINDINGS : SqlGuardCommand.EXIT_OK;
    }

    private int writeBaseline(ScanResult result, PrintWriter out, PrintWriter err) {
        try {
            Baseline.of(result.findings()).write(options.writeBaseline());
        } catch (BaselineException e) {
            return fail(err, "--write-baseline: " + e.getMessage(), e);
        }
        int count = result.findings().size();
        out.println("sqlguard: wrote " + count + " finding" + (count == 1 ? "" : "s") + " to "
                + options.writeBaseline());
        out.flush();
        return SqlGuardCommand.EXIT_OK;
    }

    /** Where git looks for the work tree: the first path scanned (its folder if it is a file). */
    private Path gitDirectory() {
        List<Path> paths = options.paths();
        Path first = paths.isEmpty() ? workingDirectory : paths.get(0);
        Path dir = first.isAbsolute() ? first : workingDirectory.resolve(first);
        return Files.isDirectory(dir) || dir.getParent() == null ? dir : dir.getParent();
    }

    private int fail(PrintWriter err, String message, Exception e) {
        err.println("sqlguard: " + message);
        if (options.verbose()) {
            e.printStackTrace(err);
        }
        return SqlGuardCommand.EXIT_ERROR;
    }

    private Severity threshold() {
        String failOn = options.failOn();
        if (failOn.strip().equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--fail-on: unknown level '" + failOn
                    + "' (expected error, warning, note or never)");
        }
    }

    private Map<String, Optional<Severity>> ruleOverrides() {
        Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
        for (String rule : options.rules()) {
            RuleLevels.Setting setting;
            try {
                setting = RuleLevels.parse(rule, true);
            } catch (RuleLevels.InvalidSetting e) {
                throw new ParameterException(commandLine, "--rule " + rule + ": " + switch (e.problem()) {
                    case NOT_ID_EQUALS_LEVEL -> "expected ID=LEVEL, e.g. drop-table=warning";
                    case UNKNOWN_RULE -> "unknown rule id '" + e.id() + "' (known: " + RuleLevels.knownIds() + ")";
                    case UNKNOWN_LEVEL -> "unknown severity '" + e.level()
                            + "' (expected error, warning, note or off)";
                });
            }
            overrides.put(setting.id(), setting.level());
        }
        return overrides;
    }

    /** The {@code --exclude} globs, checked as the configuration file's are. */
    private List<String> excludes() {
        for (String glob : options.excludes()) {
            try {
                if (glob.isBlank()) {
                    throw new IllegalArgumentException("empty");
                }
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
                throw new ParameterException(commandLine, "--exclude: bad glob '" + glob + "' (" + why + ")");
            }
        }
        return options.excludes();
    }

    private ScanConfig loadConfig(PrintWriter err) {
        ConfigChoice choice = ConfigChoice.of(options.config(), options.paths(), workingDirectory);
        for (String warning : choice.warnings()) {
            err.println("sqlguard: " + warning);
        }
        if (options.verbose()) {
            err.println("sqlguard: " + choice.verboseLine());
        }
        return choice.file() == null ? ScanConfig.DEFAULT : ConfigFile.load(choice.file(), choice.shownAs());
    }
}
