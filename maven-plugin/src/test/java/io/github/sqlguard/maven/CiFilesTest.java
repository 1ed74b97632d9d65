package io.github.sqlguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub Action and the pre-commit hook at the repository root parse, and say what their users rely on. */
class CiFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void actionIsACompositeWithItsInputsAndPinnedMajorVersions() throws IOException {
        Map<String, Object> action = load("action.yml");

        assertThat(action).containsKeys("name", "description", "inputs", "outputs", "runs");
        assertThat(map(action.get("inputs")))
                .containsOnlyKeys("version", "paths", "args", "java-version", "upload-sarif");
        assertThat(map(map(action.get("inputs")).get("version"))).containsEntry("required", true);
        Map<String, Object> runs = map(action.get("runs"));
        assertThat(runs).containsEntry("using", "composite");
        for (Object each : list(runs.get("steps"))) {
            Map<String, Object> step = map(each);
            assertThat(step).containsKey("name");
            if (step.containsKey("run")) {
                assertThat(step).as(step.get("name").toString()).containsEntry("shell", "bash");
            } else {
                assertThat(step.get("uses").toString()).matches("[\\w-]+/[\\w-]+(/[\\w-]+)?@v\\d+");
            }
        }
    }

    @Test
    void sarifIsUploadedOnlyWhereTheTokenMayWrite() throws IOException {
        Map<String, Object> upload = step("Upload SARIF to code scanning");

        assertThat(upload.get("uses")).isEqualTo("github/codeql-action/upload-sarif@v4");
        assertThat(upload.get("if").toString()).contains("always()", "inputs.upload-sarif == 'true'",
                "github.event.pull_request.head.repo.full_name == github.repository");
    }

    @Test
    void actionFetchesAndRunsTheCliThisBuildPublishes() throws Exception {
        Element cli = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("cli/pom.xml").toFile()).getDocumentElement();
        String fetch = step("Fetch sqlguard from Maven Central").get("run").toString();
        String run = step("Run sqlguard").get("run").toString();

        String pom = Files.readString(ROOT.resolve("cli/pom.xml"));
        String zip = Files.readString(ROOT.resolve("cli/src/assembly/zip.xml"));

        assertThat(fetch).contains("-Dartifact=\"" + child(element(cli, "parent"), "groupId") + ":"
                + child(cli, "artifactId") + ":$SQLGUARD_VERSION:zip:dist\"");
        assertThat(pom).contains("<type>zip</type>", "<classifier>dist</classifier>",
                "<file>${project.build.directory}/sqlguard-${project.version}.zip</file>");
        assertThat(zip).contains("<baseDirectory>sqlguard-${project.version}</baseDirectory>");
        assertThat(fetch).contains("SQLGUARD_HOME=$RUNNER_TEMP/sqlguard-$SQLGUARD_VERSION");
        assertThat(run).contains("\"$SQLGUARD_HOME/bin/sqlguard\" \"$@\"");
        assertThat(ROOT.resolve("cli/src/dist/bin/sqlguard")).isRegularFile();
    }

    @Test
    void preCommitHookRunsTheCommandOnFilesThatCanHoldSql() throws IOException {
        List<Object> hooks = list(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml"))));

        assertThat(hooks).hasSize(1);
        Map<String, Object> hook = map(hooks.get(0));
        assertThat(hook).containsEntry("id", "sqlguard").containsEntry("language", "system")
                .containsEntry("entry", "sqlguard").containsKey("name");
        Pattern files = Pattern.compile(hook.get("files").toString());
        assertThat(List.of("db/migration/V1__init.sql", "src/main/resources/mapper/OrderMapper.xml",
                "src/main/resources/application.yml", "db/changelog.yaml", "src/main/java/a/Dao.java", "pom.xml",
                "flyway.conf", "src/main/resources/application.properties", "changelog.json", "flyway.toml",
                "build.gradle", "app/build.gradle.kts", ".env", "deploy/.env.staging"))
                .allMatch(path -> files.matcher(path).find());
        assertThat(List.of("README.md", "logo.png", "settings.gradle", "build.gradle.orig", "src/env.ts",
                "docs/.envrc.md")).noneMatch(path -> files.matcher(path).find());
    }

    private static Map<String, Object> step(String name) throws IOException {
        return list(map(load("action.yml").get("runs")).get("steps")).stream().map(CiFilesTest::map)
                .filter(step -> name.equals(step.get("name"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> load(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(ROOT.resolve(file))) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object yaml) {
        assertThat(yaml).isInstanceOf(List.class);
        return (List<Object>) yaml;
    }

    private static String child(Element parent, String tag) {
        return element(parent, tag).getTextContent().strip();
    }

    private static Element element(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }
}
