package io.github.sqlguard.report;

import io.github.sqlguard.core.Tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.core.Severity;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportsTest {

    @Test
    void knowsEveryFormat() {
        assertThat(Reports.forFormat("text")).isInstanceOf(TextReport.class);
        assertThat(Reports.forFormat("json")).isInstanceOf(JsonReport.class);
        assertThat(Reports.forFormat("sarif")).isInstanceOf(SarifReport.class);
        assertThat(Reports.forFormat("github")).isInstanceOf(GithubReport.class);
        assertThat(Reports.forFormat("markdown")).isInstanceOf(MarkdownReport.class);
        assertThat(Reports.forFormat("gitlab")).isInstanceOf(GitlabReport.class);
        assertThat(Reports.forFormat("checkstyle")).isInstanceOf(CheckstyleReport.class);
        assertThat(Reports.forFormat("junit")).isInstanceOf(JunitReport.class);
        assertThat(Reports.forFormat("html")).isInstanceOf(HtmlReport.class);
        assertThat(Reports.forFormat(" SARIF ")).isInstanceOf(SarifReport.class);
        for (String format : Reports.FORMATS) {
            assertThat(Reports.forFormat(format).format()).isEqualTo(format);
            assertThat(Reports.forFormat(format, Severity.WARNING).format()).isEqualTo(format);
        }
    }

    @Test
    void rejectsAnUnknownFormat() {
        assertThatThrownBy(() -> Reports.forFormat("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml' (expected text, json, sarif, github, markdown, gitlab, checkstyle,"
                        + " junit, html)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "markdown", "gitlab", "checkstyle", "junit", "html"})
    void everyFormatIsDeterministicAndUsesNewlines(String format) throws Exception {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        Reports.forFormat(format).write(Fixtures.THREE, first);
        Reports.forFormat(format).write(Fixtures.THREE, second);
        assertThat(first.toString()).isEqualTo(second.toString());
        assertThat(first.toString().replace("\\r", "")).doesNotContain("\r");
        assertThat(first.toString()).endsWith("\n");
    }

    @Test
    void toolVersionComesFromTheBuild() {
        assertThat(Tool.version()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    }
}
