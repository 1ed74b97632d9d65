package io.github.sqlguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.maven.AbstractReportMojo.ProjectResult;
import io.github.sqlguard.report.HtmlReport;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goals on project models built in memory, rendered by Doxia's XHTML5 sink. */
class ReportMojoTest {

    @TempDir
    Path root;

    @Test
    void theAggregateCoversTheProjectAndItsModulesDepthFirst() throws IOException {
        MavenProject parent = project(root, "parent", "a", "nested/pom.xml");
        MavenProject a = project(root.resolve("a"), "a");
        MavenProject nested = project(root.resolve("nested"), "nested", "../c", "missing");
        MavenProject c = project(root.resolve("c"), "c", "../a");
        MavenProject elsewhere = project(root.resolve("elsewhere"), "elsewhere");

        assertThat(ReportAggregateMojo.withModules(parent, List.of(elsewhere, c, nested, a, parent)))
                .containsExactly(parent, a, nested, c);
        assertThat(ReportAggregateMojo.withModules(a, List.of(parent, a))).containsExactly(a);
    }

    @Test
    void theModulePageHoldsTheHtmlReportUnderItsTitle() throws Exception {
        Files.createDirectories(root.resolve("src/main/resources/db/migration"));
        Files.writeString(root.resolve("src/main/resources/db/migration/V1__a.sql"), "DROP TABLE a;\n");
        ReportMojo mojo = new ReportMojo();
        inject(mojo, "project", project(root, "shop"));

        String page = render(mojo);

        assertThat(page).contains("<h1>sqlguard</h1>",
                "<code>src/main/resources/db/migration/V1__a.sql</code>", "<mark>DROP TABLE a</mark>",
                "1 error, 0 warnings, 0 notes in 1 file (1 statement)")
                .doesNotContain("<h2>Modules</h2>", "&lt;div");
        assertThat(root.resolve("target/sqlguard/cache/results.json")).exists();
    }

    @Test
    void theAggregatePageSumsUpTheModulesAndListsThem() throws Exception {
        MavenProject parent = project(root, "parent", "a", "b");
        MavenProject a = project(root.resolve("a"), "a");
        MavenProject b = project(root.resolve("b"), "b");
        Files.createDirectories(root.resolve("a/src/main/resources"));
        Files.writeString(root.resolve("a/src/main/resources/data.sql"), "TRUNCATE t;\n");
        Files.createDirectories(root.resolve("b/src/main/resources/db/migration"));
        Files.writeString(root.resolve("b/src/main/resources/db/migration/V1__b.sql"), "DELETE FROM t;\n");
        ReportAggregateMojo mojo = new ReportAggregateMojo();
        inject(mojo, "project", parent);
        inject(mojo, "reactorProjects", List.of(parent, a, b));

        String page = render(mojo);

        assertThat(page).contains("<h1>sqlguard (all modules)</h1>",
                "1 error, 1 warning, 0 notes in 2 files (2 statements)",
                "<code>a/src/main/resources/data.sql</code>",
                "<code>b/src/main/resources/db/migration/V1__b.sql</code>",
                "<h2>Modules</h2>", "<td>a</td>\n<td>1</td>\n<td>1</td>\n<td>0</td>\n<td>0</td>",
                "<td>b</td>\n<td>1</td>\n<td>0</td>\n<td>1</td>\n<td>0</td>");
        assertThat(root.resolve("a/target/sqlguard/cache")).doesNotExist();
    }

    @Test
    void thePageEmbedsTheReportOfAllItsProjects() {
        ScanResult empty = new ScanResult(List.of(), List.of(), 0, 0);
        StringWriter out = new StringWriter();

        SitePage.write(new Xhtml5BaseSink(out), "t", List.of(new ProjectResult("x", empty)));

        assertThat(out.toString()).contains(HtmlReport.embeddable(empty));
    }

    @Test
    void aSkippedReportIsNotGenerated() {
        ReportMojo mojo = new ReportMojo();
        assertThat(mojo.canGenerateReport()).isTrue();
        mojo.skip = true;
        assertThat(mojo.canGenerateReport()).isFalse();
        assertThat(mojo.getOutputName()).isEqualTo("sqlguard");
        assertThat(new ReportAggregateMojo().getOutputName()).isEqualTo("sqlguard-aggregate");
    }

    private static String render(AbstractReportMojo mojo) throws Exception {
        StringWriter out = new StringWriter();
        mojo.generate(new Xhtml5BaseSink(out), Locale.ROOT);
        return out.toString();
    }

    private static MavenProject project(Path dir, String artifactId, String... modules) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Model model = new Model();
        model.setArtifactId(artifactId);
        for (String module : modules) {
            model.addModule(module);
        }
        Build build = new Build();
        build.setDirectory(dir.resolve("target").toString());
        Resource resources = new Resource();
        resources.setDirectory(dir.resolve("src/main/resources").toString());
        build.addResource(resources);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        return project;
    }

    private static void inject(AbstractMavenReport mojo, String field, Object value)
            throws ReflectiveOperationException {
        Field f = AbstractMavenReport.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(mojo, value);
    }
}
