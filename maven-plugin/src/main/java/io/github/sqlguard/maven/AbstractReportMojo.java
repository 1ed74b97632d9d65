package io.github.sqlguard.maven;

import io.github.sqlguard.scan.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * What the site report goals share: the scan parameters of {@code sqlguard:check} (not its baseline, changed lines or
 * threshold: a site page shows every finding), and the page, which holds the HTML report.
 */
abstract class AbstractReportMojo extends AbstractMavenReport {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skips the report. */
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

    /** Per-rule severities as {@code rule-id=error|warning|note|off}, e.g. {@code <rule>drop-column=off</rule>}. */
    @Parameter(property = "sqlguard.rules")
    List<String> rules;

    /** A {@code .sqlguard.yml}; by default the one in the module directory, else in the execution root. */
    @Parameter(property = "sqlguard.configFile")
    File configFile;

    /** The projects the page covers, each scanned with its own sources and settings. */
    abstract List<MavenProject> coveredProjects();

    /** Whether the scans may keep results in each project's {@code target/sqlguard/cache}. */
    abstract boolean cacheResults();

    /** The folder paths are shown from; null for the execution root, as {@code sqlguard:check} shows them. */
    abstract Path displayRoot();

    @Override
    public String getDescription(Locale locale) {
        return "SQL that destroys data: UPDATE and DELETE without WHERE, DROP, TRUNCATE, destructive settings.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        List<ProjectResult> results = new ArrayList<>();
        for (MavenProject covered : coveredProjects()) {
            results.add(new ProjectResult(covered.getArtifactId(), scan(covered)));
        }
        SitePage.write(getSink(), getName(locale), results);
    }

    private ScanResult scan(MavenProject covered) throws MavenReportException {
        ProjectScanner scanner = new ProjectScanner();
        scanner.setLog(getLog());
        scanner.project = covered;
        scanner.session = session;
        scanner.includeTests = includeTests;
        scanner.includes = includes;
        scanner.excludes = excludes;
        scanner.rules = rules;
        scanner.configFile = configFile;
        scanner.cache = cacheResults();
        scanner.displayRoot = displayRoot();
        try {
            return scanner.scanModule(scanner.run());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** One project's scan, its paths from the execution root. */
    record ProjectResult(String name, ScanResult result) {
    }
}
