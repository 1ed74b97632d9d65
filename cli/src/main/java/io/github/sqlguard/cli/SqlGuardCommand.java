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
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.scan.ConfigException;
import io.github.sqlguard.scan.ConfigFile;
import io.github.sqlguard.scan.Run;
import io.github.sqlguard.scan.RuleLevels;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code sqlguard [options] PATH...}: scans files and directories for SQL that destroys data and reports what it
 * finds. Exit 0 when nothing is at or above {@code --fail-on}, 1 when something is, 2 on bad usage, a bad
 * configuration or an internal failure. With {@code --baseline} and {@code --changed-since} the exit code follows the
 * findings left after those filters; {@code --write-baseline} records every finding and exits 0. {@code --audit}
 * prints, instead of the findings, each destructive statement in a SQL file that the scan passed silently, and exits
 * 1 when there is one, 0 when there is none.
 */
@Command(
        name = "sqlguard",
        mixinStandardHelpOptions = true,
        versionProvider = SqlGuardCommand.Version.class,
        sortOptions = false,
        exitCodeOnInvalidInput = SqlGuardCommand.EXIT_ERROR,
        exitCodeOnExecutionException = SqlGuardCommand.EXIT_ERROR,
        description = "Finds SQL that destroys data (UPDATE/DELETE without WHERE, DROP, TRUNCATE, destructive ALTER)"
                + " in migrations and application code.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:a finding at or above --fail-on; with --audit, a destructive statement passed silently",
            "2:bad usage, bad configuration, unreadable baseline, unknown git ref or internal failure"})
public final class SqlGuardCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and directories to scan.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatNames.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (its folder is created) instead of standard output.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 if a finding is at or above LEVEL: error, warning, note or never"
                    + " (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--include-tests", description = "Scan test code too; its findings are notes.")
    private boolean includeTests;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: " + ConfigFile.NAME + " in the first directory scanned).")
    private Path config;

    @Option(names = "--rule", paramLabel = "ID=LEVEL",
            description = "Set a rule to error, warning, note or off; repeatable, overrides the configuration file.")
    private List<String> rules = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings held in this baseline file; list the ones fixed since.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every current finding to this baseline file (its folder is created) and exit 0.")
    private Path writeBaseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings on lines added or changed since the git REF (uncommitted changes"
                    + " included) and in files added since, e.g. origin/main.")
    private String changedSince;

    @Option(names = "--audit",
            description = "Instead of the findings, list each destructive statement in a SQL file that the scan"
                    + " passed silently (with --verbose: every one, with its verdict), and count them.")
    private boolean audit;

    @Option(names = "--verbose", description = "Say which configuration is used; show stack traces of failures.")
    private boolean verbose;

    /** The folder report paths are relative to: the current directory, except in tests. */
    private Path workingDirectory = Path.of("");

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with these streams, written as UTF-8; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of(""));
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with report paths relative to {@code workingDirectory}. */
    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine cl = commandLine();
            cl.<SqlGuardCommand>getCommand().workingDirectory = workingDirectory;
            return cl.setOut(outWriter).setErr(errWriter).execute(args);
        } catch (Error e) {
            errWriter.println("sqlguard: internal error: " + describe(e));
            if (List.of(args).contains("--verbose")) {
                e.printStackTrace(errWriter);
            }
            return EXIT_ERROR;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** The command line with sqlguard's handling of usage errors and failures. */
    public static CommandLine commandLine() {
        SqlGuardCommand command = new SqlGuardCommand();
        CommandLine cl = new CommandLine(command);
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler(SqlGuardCommand::usageError);
        cl.setExecutionExceptionHandler(command::failure);
        return cl;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        Severity threshold = threshold();
        Report report;
        try {
            report = Reports.forFormat(format, threshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--format: " + e.getMessage());
        }
        Map<String, Optional<Severity>> overrides = ruleOverrides();
        if (writeBaseline != null && (baseline != null || changedSince != null)) {
            throw new ParameterException(cl, "--write-baseline writes every finding: it cannot be combined with "
                    + (baseline != null ? "--baseline" : "--changed-since"));
        }
        if (audit) {
            rejectWithAudit();
        }

        ScanConfig scanConfig;
        try {
            scanConfig = loadConfig(err);
        } catch (ConfigException e) {
            err.println("sqlguard: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return EXIT_ERROR;
        }
        Run run = Run.of(scanConfig).withRuleLevels(overrides).withIncludeTests(includeTests);

        Baseline accepted = null;
        ChangedLines changes = null;
        try {
            if (baseline != null) {
                accepted = Baseline.read(baseline);
            }
            if (changedSince != null) {
                changes = GitChanges.since(gitDirectory(), changedSince);
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
        AuditCollector collector = audit ? new AuditCollector() : null;
        if (collector != null) {
            scanner.withStatementListener(collector);
        }
        ScanResult result = scanner.scan(paths);
        for (String problem : result.problems()) {
            err.println("sqlguard: " + problem);
        }
        if (collector != null) {
            return writeAudit(collector.audit(result.findings()), out, err);
        }
        if (writeBaseline != null) {
            try {
                Baseline.of(result.findings()).write(writeBaseline);
            } catch (BaselineException e) {
                return fail(err, "--write-baseline: " + e.getMessage(), e);
            }
            out.println("sqlguard: wrote " + result.findings().size() + " finding"
                    + (result.findings().size() == 1 ? "" : "s") + " to " + writeBaseline);
            out.flush();
            return EXIT_OK;
        }
        result = run.shown(result, base);
        try {
            if (output == null) {
                report.write(result, out);
                out.flush();
            } else {
                writeFile(report, result, output);
            }
        } catch (IOException e) {
            err.println("sqlguard: cannot write " + output + " (" + describe(e) + ")");
            if (verbose) {
                e.printStackTrace(err);
            }
            return EXIT_ERROR;
        }
        if (verbose) {
            err.println("sqlguard: " + result.findings().size() + " findings, " + result.problems().size()
                    + " problems in " + result.files() + " files");
        }
        return run.fails(result) ? EXIT_FINDINGS : EXIT_OK;
    }

    /** The audit report goes where the findings report would; its exit code says whether anything was silent. */
    private int writeAudit(AuditReport report, PrintWriter out, PrintWriter err) {
        try {
            if (output == null) {
                report.write(out, verbose);
                out.flush();
            } else {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                    report.write(w, verbose);
                }
            }
        } catch (IOException e) {
            err.println("sqlguard: cannot write " + output + " (" + describe(e) + ")");
            return EXIT_ERROR;
        }
        return report.silent() ? EXIT_FINDINGS : EXIT_OK;
    }

    /** The audit judges the whole scan in its own format: options that filter or reformat findings do not apply. */
    private void rejectWithAudit() {
        String other = writeBaseline != null ? "--write-baseline" : baseline != null ? "--baseline"
                : changedSince != null ? "--changed-since" : !format.equalsIgnoreCase("text") ? "--format " + format
                : null;
        if (other != null) {
            throw new ParameterException(spec.commandLine(), "--audit checks every statement of the scan and prints"
                    + " text: it cannot be combined with " + other);
        }
    }

    /** Where git looks for the work tree: the first path scanned (its folder if it is a file). */
    private Path gitDirectory() {
        Path first = paths.isEmpty() ? workingDirectory : paths.get(0);
        Path dir = first.isAbsolute() ? first : workingDirectory.resolve(first);
        return Files.isDirectory(dir) || dir.getParent() == null ? dir : dir.getParent();
    }

    private int fail(PrintWriter err, String message, RuntimeException e) {
        err.println("sqlguard: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        return EXIT_ERROR;
    }

    private Severity threshold() {
        if (failOn.strip().equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: unknown level '" + failOn
                    + "' (expected error, warning, note or never)");
        }
    }

    private Map<String, Optional<Severity>> ruleOverrides() {
        Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
        for (String rule : rules) {
            RuleLevels.Setting setting;
            try {
                setting = RuleLevels.parse(rule, true);
            } catch (RuleLevels.InvalidSetting e) {
                throw new ParameterException(spec.commandLine(), "--rule " + rule + ": " + switch (e.problem()) {
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

    private ScanConfig loadConfig(PrintWriter err) {
        Path file = config;
        if (file == null) {
            Path firstDirectory = paths.stream().filter(Files::isDirectory).findFirst().orElse(null);
            if (firstDirectory != null && Files.isRegularFile(firstDirectory.resolve(ConfigFile.NAME))) {
                file = firstDirectory.resolve(ConfigFile.NAME).normalize();
            }
        }
        if (file == null) {
            return ScanConfig.DEFAULT;
        }
        if (verbose) {
            err.println("sqlguard: configuration " + file);
        }
        return ConfigFile.load(file);
    }

    private static void writeFile(Report report, ScanResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.write(result, w);
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String message = firstLine(e.getMessage());
        err.println("sqlguard: " + message + (message.endsWith(".") ? "" : ".") + " Try --help");
        err.flush();
        return EXIT_ERROR;
    }

    private int failure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("sqlguard: internal error: " + describe(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_ERROR;
    }

    private static String describe(Throwable e) {
        String message = firstLine(e.getMessage());
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("").strip();
    }

    /** The {@code --format} names, as {@link Reports#FORMATS} lists them. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reports.FORMATS.iterator();
        }
    }

    /** {@code sqlguard <version>}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Tool.NAME + " " + Tool.version()};
        }
    }
}
