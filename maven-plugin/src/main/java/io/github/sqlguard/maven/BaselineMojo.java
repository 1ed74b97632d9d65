package io.github.sqlguard.maven;

import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.baseline.BaselineException;
import io.github.sqlguard.scan.ScanResult;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current finding of the module to a baseline file, {@code sqlguard-baseline.json} in the module by
 * default, so that {@code sqlguard:check}, which reads that file when it is there, fails only on new findings. Never
 * fails on findings. Run {@code mvn sqlguard:baseline} and commit the file.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractScanMojo {

    /** The baseline file to write. */
    @Parameter(property = "sqlguard.baselineFile", defaultValue = "${project.basedir}/" + BASELINE_FILE)
    File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("sqlguard: skipped");
            return;
        }
        ScanResult result = scanModule(run());
        for (String problem : result.problems()) {
            getLog().warn("sqlguard: " + problem);
        }
        try {
            Baseline.of(result.findings()).write(baselineFile.toPath());
        } catch (BaselineException e) {
            throw new MojoExecutionException("sqlguard: " + e.getMessage(), e);
        }
        int n = result.findings().size();
        getLog().info("sqlguard: wrote " + n + " finding" + (n == 1 ? "" : "s") + " to " + baselineFile);
    }
}
