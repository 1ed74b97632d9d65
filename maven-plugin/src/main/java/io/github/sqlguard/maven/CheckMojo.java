package io.github.sqlguard.maven;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.report.Reports;
import io.github.sqlguard.scan.ConfigFile;
import io.github.sqlguard.scan.ResultCache;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Scans the module's sources, resources and migrations for SQL that destroys data, writes the reports, and fails the
 * build when findings reach the threshold.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    static final String SARIF_FILE = "sqlguard.sarif";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skips the check. */
    @Parameter(property = "sqlguard.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when the number of findings at or above {@code failOn} exceeds {@code maxAllowedViolations}. */
    @Parameter(property = "sqlguard.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code note}. */
    @Parameter(property = "sqlguard.failOn", defaultValue = "error")
    String failOn;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "sqlguard.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Scans test sources and resources too; their findings are notes. */
    @Parameter(property = "sqlguard.includeTests", defaultValue = "false")
    boolean includeTests;

    /** Globs of files to scan, relative to the module directory; empty means all. */
    @Parameter(property = "sqlguard.includes")
    List<String> includes;

    /** Globs of files to leave out, relative to the module directory. */
    @Parameter(property = "sqlguard.excludes")
    List<String> excludes;

    /**
     * Per-rule severities as {@code rule-id=error|warning|note|off}, e.g. {@code <rule>drop-column=off</rule>}, or
     * {@code -Dsqlguard.rules=drop-column=off,truncate-table=warning}.
     */
    @Parameter(property = "sqlguard.rules")
    List<String> rules;

    /** A {@code .sqlguard.yml}; by default the one in the module directory, else in the execution root. */
    @Parameter(property = "sqlguard.configFile")
    File configFile;

    /** Report formats written to {@code outputDirectory} besides SARIF, which is always written: {@code json}, {@code text}. */
    @Parameter(property = "sqlguard.formats", defaultValue = "sarif")
    List<String> formats;

    /**
     * Keeps per-file results under {@code target/sqlguard/cache} and reuses them for files whose content did not
     * change, so a second run on an unchanged module parses nothing.
     */
    @Parameter(property = "sqlguard.cache", defaultValue = "true")
    boolean cache;

    /** Where the reports go. */
    @Parameter(property = "sqlguard.outputDirectory", defaultValue = "${project.build.directory}/sqlguard")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sqlguard: skipped");
            return;
        }
        Severity threshold = threshold();
        Set<String> reportFormats = reportFormats();
        ScanConfig config = config();
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> roots = roots(module);
        Scanner scanner = new Scanner(config, module).withSelectionBase(module);
        ResultCache results = null;
        if (cache) {
            results = ResultCache.open(Path.of(project.getBuild().getDirectory(), "sqlguard", "cache", "results.json"));
            scanner.withCache(results);
        }
        ScanResult result = scanner.scan(roots);
        if (results != null) {
            saveCache(results, result);
        }
        ScanResult shown = relativeToExecutionRoot(result, module);

        writeReports(shown, reportFormats);
        log(shown);
        List<Finding> violations = shown.findings().stream().filter(f -> f.severity().atLeast(threshold)).toList();
        if (failOnViolation && violations.size() > maxAllowedViolations) {
            throw new MojoFailureException(failureMessage(violations, threshold));
        }
    }

    private void saveCache(ResultCache results, ScanResult result) {
        try {
            results.save();
            getLog().debug("sqlguard: " + results.hits() + " of " + result.files() + " files unchanged since the last run");
        } catch (IOException e) {
            getLog().warn("sqlguard: cannot write the result cache (" + e.getMessage() + "); the next run scans all files");
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
            if (!List.of("sarif", "json", "text", "github").contains(name)) {
                throw new MojoExecutionException("sqlguard: formats: unknown format '" + f
                        + "' (expected sarif, json, text or github)");
            }
            out.add(name);
        }
        return out;
    }

    ScanConfig config() throws MojoExecutionException {
        ScanConfig config = ScanConfig.DEFAULT;
        Path file = configFile();
        try {
            if (file != null) {
                config = ConfigFile.load(file);
            }
            Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
            for (String setting : rules == null ? List.<String>of() : rules) {
                if (setting.isBlank()) {
                    continue;
                }
                int eq = setting.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("rules: '" + setting
                            + "' is not rule-id=error|warning|note|off");
                }
                String level = setting.substring(eq + 1).strip();
                overrides.put(setting.substring(0, eq).strip(),
                        level.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Severity.parse(level)));
            }
            config = config.withRules(overrides);
            if (includeTests) {
                config = config.withIncludeTests(true);
            }
            if ((includes != null && !includes.isEmpty()) || (excludes != null && !excludes.isEmpty())) {
                config = new ScanConfig(config.includeTests(), config.rules(),
                        includes == null || includes.isEmpty() ? config.includes() : includes,
                        excludes == null || excludes.isEmpty() ? config.excludes() : excludes);
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sqlguard: " + e.getMessage());
        }
    }

    private Path configFile() throws MojoExecutionException {
        if (configFile != null) {
            if (!configFile.isFile()) {
                throw new MojoExecutionException("sqlguard: configFile " + configFile + " does not exist");
            }
            return configFile.toPath();
        }
        Path inModule = project.getBasedir().toPath().resolve(".sqlguard.yml");
        if (Files.isRegularFile(inModule)) {
            return inModule;
        }
        Path inRoot = executionRoot().resolve(".sqlguard.yml");
        return Files.isRegularFile(inRoot) ? inRoot : null;
    }

    /** Source roots, resource directories (and test ones when asked) and the pom; generated code is left out. */
    List<Path> roots(Path module) {
        Set<Path> roots = new LinkedHashSet<>();
        Path buildDir = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        List<String> dirs = new ArrayList<>(project.getCompileSourceRoots());
        project.getBuild().getResources().stream().map(Resource::getDirectory).forEach(dirs::add);
        if (includeTests) {
            dirs.addAll(project.getTestCompileSourceRoots());
            project.getBuild().getTestResources().stream().map(Resource::getDirectory).forEach(dirs::add);
        }
        for (String dir : dirs) {
            Path p = module.resolve(dir).toAbsolutePath().normalize();
            if (Files.isDirectory(p) && !p.startsWith(buildDir)) {
                roots.add(p);
            }
        }
        if (project.getFile() != null && project.getFile().isFile()) {
            roots.add(project.getFile().toPath().toAbsolutePath().normalize());
        }
        return new ArrayList<>(roots);
    }

    private Path executionRoot() {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return root == null ? project.getBasedir().toPath() : Path.of(root).toAbsolutePath().normalize();
    }

    /** Findings with paths from the execution root, so that a multi-module build names files unambiguously. */
    ScanResult relativeToExecutionRoot(ScanResult result, Path module) {
        Path root = executionRoot();
        if (!module.startsWith(root) || module.equals(root)) {
            return result;
        }
        String prefix = root.relativize(module).toString().replace('\\', '/') + "/";
        List<Finding> findings = result.findings().stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.message(), prefix + f.file(), f.start(), f.end(),
                        f.snippet(), f.statementKey(), f.fingerprint()))
                .toList();
        return new ScanResult(findings, result.problems(), result.files(), result.statements());
    }

    private void writeReports(ScanResult result, Set<String> reportFormats) throws MojoExecutionException {
        Path dir = outputDirectory.toPath();
        try {
            Files.createDirectories(dir);
            for (String format : reportFormats) {
                if (format.equals("github")) {
                    StringWriter out = new StringWriter();
                    Reports.forFormat(format).write(result, out);
                    System.out.print(out);
                    continue;
                }
                String name = format.equals("text") ? "sqlguard.txt" : "sqlguard." + format;
                try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                    Reports.forFormat(format).write(result, out);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("sqlguard: cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    private void log(ScanResult result) throws MojoExecutionException {
        StringWriter text = new StringWriter();
        try {
            Reports.forFormat("text").write(result, text);
        } catch (IOException e) {
            throw new MojoExecutionException("sqlguard: " + e.getMessage(), e);
        }
        Severity current = null;
        for (String line : text.toString().split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            for (Severity s : Severity.values()) {
                if (line.contains(": " + s.id() + " [")) {
                    current = s;
                }
            }
            if (line.startsWith("sqlguard:")) {
                current = null;
            }
            if (current == Severity.ERROR) {
                getLog().error(line);
            } else if (current == Severity.WARNING) {
                getLog().warn(line);
            } else {
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
