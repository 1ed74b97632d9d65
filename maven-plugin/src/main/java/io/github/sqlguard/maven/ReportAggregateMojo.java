package io.github.sqlguard.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * One site page, {@code sqlguard-aggregate.html}, for a multi-module build: the project and every module under it
 * (modules of modules too) scanned each with its own sources and settings, one summary across them, the findings by
 * file and a table of the modules. Configure it in the parent's {@code <reporting>} in a report set with
 * {@code <inherited>false</inherited>}, so that the modules do not each aggregate themselves.
 */
@Mojo(name = "report-aggregate", aggregator = true, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportAggregateMojo extends AbstractReportMojo {

    @Override
    public String getOutputName() {
        return "sqlguard-aggregate";
    }

    @Override
    public String getName(Locale locale) {
        return "sqlguard (all modules)";
    }

    @Override
    List<MavenProject> coveredProjects() {
        return withModules(project, reactorProjects == null ? List.of() : reactorProjects);
    }

    /** {@code root}, then its modules depth first in the order the poms list them, as the reactor has them. */
    static List<MavenProject> withModules(MavenProject root, List<MavenProject> reactorProjects) {
        Map<Path, MavenProject> reactor = new HashMap<>();
        for (MavenProject p : reactorProjects) {
            reactor.put(p.getBasedir().toPath().toAbsolutePath().normalize(), p);
        }
        List<MavenProject> covered = new ArrayList<>();
        addWithModules(root, reactor, covered);
        return covered;
    }

    private static void addWithModules(MavenProject p, Map<Path, MavenProject> reactor, List<MavenProject> out) {
        if (out.contains(p)) {
            return;
        }
        out.add(p);
        for (String module : p.getModules()) {
            Path dir = p.getBasedir().toPath().resolve(module).toAbsolutePath().normalize();
            MavenProject m = reactor.get(Files.isRegularFile(dir) ? dir.getParent() : dir);
            if (m != null) {
                addWithModules(m, reactor, out);
            }
        }
    }

    /** The modules' own report goals may run at the same time and keep their caches; this one reads without. */
    @Override
    boolean cacheResults() {
        return false;
    }

    /** Paths from this project's folder, so that each names its module, wherever the build was started. */
    @Override
    Path displayRoot() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }
}
