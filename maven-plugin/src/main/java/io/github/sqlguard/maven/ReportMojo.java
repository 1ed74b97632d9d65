package io.github.sqlguard.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * The site page of the module's findings, {@code sqlguard.html}: run by {@code mvn site} from {@code <reporting>},
 * it holds the HTML report (summary, severity filter, findings by file with their statements) in the site's skin.
 * It shows every finding; {@code sqlguard:check} is the goal that fails the build.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractReportMojo {

    @Override
    public String getOutputName() {
        return "sqlguard";
    }

    @Override
    public String getName(Locale locale) {
        return "sqlguard";
    }

    @Override
    List<MavenProject> coveredProjects() {
        return List.of(project);
    }

    @Override
    boolean cacheResults() {
        return true;
    }

    @Override
    Path displayRoot() {
        return null;
    }
}
