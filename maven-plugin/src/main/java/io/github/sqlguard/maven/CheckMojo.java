package io.github.sqlguard.maven;

import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.baseline.BaselineException;
import io.github.sqlguard.changes.ChangedLines;
import io.github.sqlguard.changes.ChangesException;
import io.github.sqlguard.changes.GitChanges;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.report.Reports;
import io.github.sqlguard.report.TextReport;
import io.github.sqlguard.scan.Run;
import io.github.sqlguard.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scans the module's sources, resources and migrations for SQL that destroys data, writes the reports, and fails the
 * build when findings reach the threshold. With {@code baselineFile}, findings held in the baseline are left out; with
 * {@code changedSince}, findings off the lines changed since a git ref are left out; the threshold counts what is
 * left.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractScanMojo {

    static final String SARIF_FILE = Reports.fileName("sarif");

    /**
     * The formats of {@link Reports#FORMATS} in the order this goal's messages list them: SARIF first, as it is always
     * written. Only the wording: which formats exist is for {@code Reports} to say (a test holds the two together).
     */
    static final List<String> LISTED_FORMATS = List.of("sarif", "json", "text", "github", "markdown", "gitlab",
            "checkstyle", "junit", "html");

    /** Fails the build when the number of findings at or above {@code failOn} exceeds {@code maxAllowedViolations}. */
    @Parameter(property = "sqlguard.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code note}. */
    @Parameter(property = "sqlguard.failOn", defaultValue = "error")
    String failOn;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "sqlguard.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * Report formats written to {@code outputDirectory} besides SARIF, which is always written: {@code json},
     * {@code text} ({@code sqlguard.txt}), {@code markdown} ({@code sqlguard.md}), {@code gitlab}
     * ({@code sqlguard-codequality.json}), {@code checkstyle} ({@code sqlguard-checkstyle.xml}), {@code junit}
     * ({@code sqlguard-junit.xml}, its failures being the findings at or above {@code failOn}), {@code html}
     * ({@code sqlguard.html}); {@code github} prints workflow commands.
     */
    @Parameter(property = "sqlguard.formats", defaultValue = "sarif")
    List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "sqlguard.outputDirectory", defaultValue = "${project.build.directory}/sqlguard")
    File outputDirectory;

    /**
     * A baseline written by {@code sqlguard:baseline}: the findings it holds are not reported and do not fail the
     * build; those gone since are listed as fixed. When not set, {@code sqlguard-baseline.json} in the module
     * directory is read if it exists.
     */
    @Parameter(property = "sqlguard.baselineFile")
    File baselineFile;

    /**
     * A git ref, e.g. {@code origin/main}: report only findings whose statement touches a line added or changed since
     * that ref (uncommitted changes included), and every finding in files added since. Needs the git executable and
     * the ref fetched.
     */
    @Parameter(property = "sqlguard.changedSince")
    String changedSince;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sqlguard: skipped");
            return;
        }
        Severity threshold = threshold();
        Set<String> reportFormats = reportFormats();
        Run run = run().withBaseline(baseline()).withChanges(changes()).failingAt(threshold, maxAllowedViolations);
        ScanResult shown = run.shown(scanModule(run), displayBase());

        writeReports(shown, reportFormats, threshold);
        log(shown);
        if (failOnViolation && run.fails(shown)) {
            throw new MojoFailureException(failureMessage(run.violations(shown), threshold));
        }
    }

    Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sqlguard: failOn: " + e.getMessage());
        }
    }

    Set<String> reportFormats() throws MojoExecutionException {
        Set<String> out = new LinkedHashSet<>();
        out.add("sarif");
        for (String f : formats == null ? List.<String>of() : formats) {
            String name = f.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!Reports.isFormat(name)) {
                throw new MojoExecutionException("sqlguard: formats: unknown format '" + f + "' (expected "
                        + String.join(", ", LISTED_FORMATS.subList(0, LISTED_FORMATS.size() - 1)) + " or "
                        + LISTED_FORMATS.get(LISTED_FORMATS.size() - 1) + ")");
            }
            out.add(name);
        }
        return out;
    }

    private Baseline baseline() throws MojoExecutionException {
        File file = baselineToRead();
        if (file == null) {
            return null;
        }
        if (!file.isFile()) {
            throw new MojoExecutionException("sqlguard: baselineFile " + file
                    + " does not exist; write it with mvn sqlguard:baseline");
        }
        if (baselineFile == null) {
            getLog().info("sqlguard: baseline " + file);
        }
        try {
            return Baseline.read(file.toPath());
        } catch (BaselineException e) {
            throw new MojoExecutionException("sqlguard: baselineFile: " + e.getMessage(), e);
        }
    }

    /** {@code baselineFile}, else the module's {@code sqlguard-baseline.json} if there is one, else none. */
    File baselineToRead() {
        if (baselineFile != null) {
            return baselineFile;
        }
        File inModule = module().resolve(BASELINE_FILE).toFile();
        return inModule.isFile() ? inModule : null;
    }

    private ChangedLines changes() throws MojoExecutionException {
        if (changedSince == null || changedSince.isBlank()) {
            return null;
        }
        try {
            ChangedLines changes = GitChanges.since(module(), changedSince.strip());
            if (changes.warning() != null) {
                getLog().warn("sqlguard: changedSince: " + changes.warning());
            }
            return changes;
        } catch (ChangesException e) {
            throw new MojoExecutionException("sqlguard: changedSince: " + e.getMessage(), e);
        }
    }

    private void writeReports(ScanResult result, Set<String> reportFormats, Severity threshold)
            throws MojoExecutionException {
        Path dir = outputDirectory.toPath();
        try {
            Files.createDirectories(dir);
            for (String format : reportFormats) {
                String name = Reports.fileName(format);
                if (name == null) {
                    StringWriter out = new StringWriter();
                    Reports.forFormat(format, threshold).write(result, out);
                    System.out.print(out);
                    continue;
                }
                try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                    Reports.forFormat(format, threshold).write(result, out);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("sqlguard: cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Logs the text report: each finding's lines at its severity (error, warning; notes as info), the lines after the
     * findings as info.
     */
    private void log(ScanResult result) {
        for (Finding f : result.findings()) {
            for (String line : TextReport.finding(f).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                switch (f.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    default -> getLog().info(line);
                }
            }
        }
        for (String line : TextReport.trailer(result).split("\n")) {
            if (!line.isEmpty()) {
                getLog().info(line);
            }
        }
    }

    private String failureMessage(List<Finding> violations, Severity threshold) {
        Map<Severity, Long> counts = violations.stream()
                .collect(Collectors.groupingBy(Finding::severity, LinkedHashMap::new, Collectors.counting()));
        String summary = counts.entrySet().stream()
                .sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
                .map(e -> e.getValue() + " " + e.getKey().id() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        String first = violations.stream().limit(5)
                .map(f -> f.file() + ":" + f.start().line() + " [" + f.ruleId() + "]")
                .collect(Collectors.joining(", "));
        String more = violations.size() > 5 ? ", ..." : "";
        return "sqlguard found " + summary + ": " + first + more
                + (maxAllowedViolations > 0 ? " (" + maxAllowedViolations + " allowed)" : "")
                + ". Report: " + outputDirectory.toPath().resolve(SARIF_FILE);
    }
}
