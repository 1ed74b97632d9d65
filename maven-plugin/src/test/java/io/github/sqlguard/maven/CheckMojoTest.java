package io.github.sqlguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter wiring of the check goal, on a project model built in memory and a real scan of its files. */
class CheckMojoTest {

    @TempDir
    Path module;

    private CheckMojo mojo;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(module.resolve("src/main/java"));
        Files.createDirectories(module.resolve("src/main/resources/db/migration"));
        Files.createDirectories(module.resolve("src/test/resources"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Model model = new Model();
        Build build = new Build();
        build.setDirectory(module.resolve("target").toString());
        build.setSourceDirectory(module.resolve("src/main/java").toString());
        Resource resources = new Resource();
        resources.setDirectory(module.resolve("src/main/resources").toString());
        build.addResource(resources);
        Resource testResources = new Resource();
        testResources.setDirectory(module.resolve("src/test/resources").toString());
        build.addTestResource(testResources);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(module.resolve("pom.xml").toFile());
        project.addCompileSourceRoot(module.resolve("src/main/java").toString());
        project.addCompileSourceRoot(module.resolve("target/generated-sources/annotations").toString());
        mojo = new CheckMojo();
        mojo.project = project;
        mojo.failOn = "error";
        mojo.failOnViolation = true;
        mojo.formats = List.of("sarif");
        mojo.outputDirectory = module.resolve("target/sqlguard").toFile();
        mojo.cache = true;
    }

    @Test
    void rulesSwitchOffAndChangeSeverity() throws MojoExecutionException {
        mojo.rules = List.of("drop-table=off", " truncate-table = note ");

        ScanConfig config = mojo.run().config();

        assertThat(config.enabled("drop-table")).isFalse();
        assertThat(config.override("truncate-table")).isEqualTo(Severity.NOTE);
        assertThat(config.rules()).containsEntry("drop-table", Optional.empty());
    }

    @Test
    void pathsOfTheConfigFileSurviveIncludesGivenToThePlugin() throws IOException, MojoExecutionException {
        Files.writeString(module.resolve(".sqlguard.yml"), "test-paths: [\"qa/**\"]\nmigration-paths: [\"ops/**\"]\n");
        mojo.includes = List.of("src/**");

        ScanConfig config = mojo.run().config();

        assertThat(config.includes()).containsExactly("src/**");
        assertThat(config.testPaths()).containsExactly("qa/**");
        assertThat(config.migrationPaths()).containsExactly("ops/**");
    }

    @Test
    void unknownRuleIdIsAConfigurationError() {
        mojo.rules = List.of("drop-tabel=off");

        assertThatThrownBy(mojo::run).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("sqlguard: rules: unknown rule id 'drop-tabel' (known: delete-without-where, ");
    }

    @Test
    void malformedRuleSettingIsAConfigurationError() {
        mojo.rules = List.of("drop-table");

        assertThatThrownBy(mojo::run).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sqlguard: rules: 'drop-table' is not rule-id=error|warning|note|off");
    }

    @Test
    void unknownRuleLevelNamesTheParameterAndTheLevels() {
        mojo.rules = List.of("drop-table=fatal");

        assertThatThrownBy(mojo::run).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sqlguard: rules: 'drop-table=fatal': unknown severity 'fatal'"
                        + " (expected error, warning, note or off)");
    }

    @Test
    void failOnAcceptsSeveritiesOnly() throws MojoExecutionException {
        mojo.failOn = "WARNING";
        assertThat(mojo.threshold()).isEqualTo(Severity.WARNING);
        mojo.failOn = "fatal";
        assertThatThrownBy(mojo::threshold).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sqlguard: failOn: unknown severity 'fatal' (expected error, warning or note)");
    }

    @Test
    void invalidFailOnStopsTheGoalBeforeItScans() throws IOException {
        Files.writeString(module.resolve("src/main/resources/data.sql"), "DROP TABLE a;\n");
        mojo.failOn = "never";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("sqlguard: failOn: unknown severity 'never'");
        assertThat(module.resolve("target/sqlguard/sqlguard.sarif")).doesNotExist();
    }

    @Test
    void sarifIsAlwaysWrittenAndUnknownFormatsFail() throws MojoExecutionException {
        mojo.formats = List.of("json", " text ");
        assertThat(mojo.reportFormats()).containsExactly("sarif", "json", "text");
        mojo.formats = List.of("pdf");
        assertThatThrownBy(mojo::reportFormats).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sqlguard: formats: unknown format 'pdf' (expected sarif, json, text, github, markdown, gitlab, checkstyle, junit or html)");
    }

    @Test
    void theModulesBaselineIsReadWhenBaselineFileIsNotSet() throws IOException {
        assertThat(mojo.baselineToRead()).isNull();

        Path inModule = Files.writeString(module.resolve("sqlguard-baseline.json"), "{}");
        assertThat(mojo.baselineToRead()).isEqualTo(inModule.toFile());

        File chosen = module.resolve("baselines/other.json").toFile();
        mojo.baselineFile = chosen;
        assertThat(mojo.baselineToRead()).isEqualTo(chosen);
    }

    @Test
    void findingsOfTheModulesBaselineDoNotFailTheBuild() throws IOException, MojoExecutionException,
            MojoFailureException {
        Files.writeString(module.resolve("src/main/resources/db/migration/V1__x.sql"), "DROP TABLE a;\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        BaselineMojo baseline = new BaselineMojo();
        baseline.project = mojo.project;
        baseline.baselineFile = module.resolve(AbstractScanMojo.BASELINE_FILE).toFile();
        baseline.execute();

        mojo.execute();

        assertThat(Files.readString(module.resolve("target/sqlguard/sqlguard.sarif"))).contains("\"results\": []");
    }

    @Test
    void rootsAreSourcesResourcesAndPomButNotGeneratedCode() throws IOException {
        Files.createDirectories(module.resolve("target/generated-sources/annotations"));

        assertThat(mojo.roots(module)).containsExactly(module.resolve("src/main/java"),
                module.resolve("src/main/resources"), module.resolve("pom.xml"));
        mojo.includeTests = true;
        assertThat(mojo.roots(module)).contains(module.resolve("src/test/resources"));
    }

    @Test
    void failsWithCountsAndWritesSarifFirst() throws IOException {
        Files.writeString(module.resolve("src/main/resources/db/migration/V1__x.sql"),
                "DROP TABLE a;\nDELETE FROM b;\n");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("sqlguard found 1 error: src/main/resources/db/migration/V1__x.sql:1"
                        + " [drop-table]");
        assertThat(module.resolve("target/sqlguard/sqlguard.sarif")).exists();
    }

    @Test
    void warningsCountWhenTheThresholdIsWarning() throws IOException, MojoExecutionException,
            MojoFailureException {
        Files.writeString(module.resolve("src/main/resources/db/migration/V1__x.sql"), "DELETE FROM b;\n");
        mojo.execute();

        mojo.failOn = "warning";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("sqlguard found 1 warning:");
        mojo.maxAllowedViolations = 1;
        mojo.execute();
        mojo.maxAllowedViolations = 0;
        mojo.failOnViolation = false;
        mojo.execute();
    }

    @Test
    void writesEveryFormatAskedForTheJunitReportFailingAtFailOn() throws IOException, MojoExecutionException,
            MojoFailureException {
        Files.writeString(module.resolve("src/main/resources/db/migration/V1__x.sql"), "DELETE FROM b;\n");
        mojo.formats = List.of("gitlab", "checkstyle", "junit", "html");
        mojo.failOn = "warning";
        mojo.failOnViolation = false;

        mojo.execute();

        Path dir = module.resolve("target/sqlguard");
        assertThat(Files.readString(dir.resolve("sqlguard-codequality.json")))
                .contains("\"path\": \"src/main/resources/db/migration/V1__x.sql\"", "\"severity\": \"major\"");
        assertThat(Files.readString(dir.resolve("sqlguard-checkstyle.xml")))
                .contains("<file name=\"src/main/resources/db/migration/V1__x.sql\">",
                        "source=\"sqlguard.delete-without-where\"");
        assertThat(Files.readString(dir.resolve("sqlguard-junit.xml")))
                .contains("<testcase name=\"src/main/resources/db/migration/V1__x.sql\"",
                        "<failure type=\"delete-without-where\"");
        assertThat(Files.readString(dir.resolve("sqlguard.html"))).contains("<!DOCTYPE html>",
                "<code>src/main/resources/db/migration/V1__x.sql</code>");
    }

    @Test
    void skipDoesNothing() throws MojoExecutionException, MojoFailureException, IOException {
        Files.writeString(module.resolve("src/main/resources/data.sql"), "DROP TABLE a;\n");
        mojo.skip = true;

        mojo.execute();

        assertThat(new File(mojo.outputDirectory, "sqlguard.sarif")).doesNotExist();
    }

    @Test
    void secondRunTakesUnchangedFilesFromTheCache() throws IOException {
        Files.writeString(module.resolve("src/main/resources/db/migration/V1__x.sql"), "DROP TABLE a;\n");
        Path sarif = module.resolve("target/sqlguard/sqlguard.sarif");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        String first = Files.readString(sarif);
        Path cacheFile = module.resolve("target/sqlguard/cache/results.json");
        assertThat(cacheFile).exists();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(Files.readString(sarif)).isEqualTo(first);

        Files.writeString(cacheFile, Files.readString(cacheFile).replace("DROP TABLE deletes", "FROM THE CACHE:"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(Files.readString(sarif)).contains("FROM THE CACHE:");
    }
}
