package io.github.sqlguard.maven;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ConfigFile;
import io.github.sqlguard.scan.ResultCache;
import io.github.sqlguard.scan.RuleLevels;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Run;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: which files of the module are scanned, with which settings, and how paths are shown (from the
 * execution root, so that a multi-module build names files unambiguously).
 */
abstract class AbstractScanMojo extends AbstractMojo {

    /** The file {@code sqlguard:baseline} writes in each module, and {@code sqlguard:check} reads when it is there. */
    static final String BASELINE_FILE = "sqlguard-baseline.json";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skips the goal. */
    @Parameter(property = "sqlguard.skip", defaultValue = "false")
    boolean skip;

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

    /**
     * Keeps per-file results under {@code target/sqlguard/cache} and reuses them for files whose content did not
     * change, so a second run on an unchanged module parses nothing.
     */
    @Parameter(property = "sqlguard.cache", defaultValue = "true")
    boolean cache;

    /** The module directory, absolute. */
    Path module() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** Scans the module; findings carry paths from the execution root. */
    ScanResult scanModule(Run run) {
        Path module = module();
        Scanner scanner = run.scanner(module).withSelectionBase(module);
        ResultCache results = null;
        if (cache) {
            results = ResultCache.open(Path.of(project.getBuild().getDirectory(), "sqlguard", "cache", "results.json"));
            scanner.withCache(results);
        }
        long started = System.nanoTime();
        ScanResult result = scanner.scan(roots(module));
        if (results != null) {
            saveCache(results);
        }
        getLog().info("sqlguard: scanned " + result.files() + " file" + (result.files() == 1 ? "" : "s") + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms"
                + (results != null ? ", " + results.hits() + " unchanged since the last run" : ""));
        return relativeToExecutionRoot(result, module);
    }

    private void saveCache(ResultCache results) {
        try {
            results.save();
        } catch (java.io.IOException e) {
            getLog().warn("sqlguard: cannot write the result cache (" + e.getMessage()
                    + "); the next run scans all files");
        }
    }

    /** The folder the paths of {@link #scanModule()}'s findings start from. */
    Path displayBase() {
        Path module = module();
        Path root = executionRoot();
        return module.startsWith(root) ? root : module;
    }

    /** The run the goal's parameters and configuration file ask for; the check goal adds what it filters and fails. */
    Run run() throws MojoExecutionException {
        Map<String, Optional<Severity>> overrides = ruleLevels();
        Path file = configFile();
        try {
            ScanConfig config = file != null ? ConfigFile.load(file) : ScanConfig.DEFAULT;
            return Run.of(config).withRuleLevels(overrides).withIncludeTests(includeTests)
                    .withSelection(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sqlguard: " + e.getMessage());
        }
    }

    private Map<String, Optional<Severity>> ruleLevels() throws MojoExecutionException {
        Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
        for (String setting : rules == null ? List.<String>of() : rules) {
            if (setting.isBlank()) {
                continue;
            }
            try {
                RuleLevels.Setting parsed = RuleLevels.parse(setting, true);
                levels.put(parsed.id(), parsed.level());
            } catch (RuleLevels.InvalidSetting e) {
                String where = e.problem() == RuleLevels.Problem.UNKNOWN_LEVEL ? "'" + setting.strip() + "': " : "";
                throw new MojoExecutionException("sqlguard: rules: " + where + e.getMessage());
            }
        }
        return levels;
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

    Path executionRoot() {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return root == null ? project.getBasedir().toPath() : Path.of(root).toAbsolutePath().normalize();
    }

    /**
     * Findings and scanned files with paths from the execution root, so that a multi-module build names files
     * unambiguously.
     */
    ScanResult relativeToExecutionRoot(ScanResult result, Path module) {
        Path root = executionRoot();
        if (!module.startsWith(root) || module.equals(root)) {
            return result;
        }
        return result.withPathPrefix(root.relativize(module).toString().replace('\\', '/') + "/");
    }
}
