package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReportTest {

    @Test
    void writesOneWorkflowCommandPerFindingAndAWarningPerProblem() {
        assertThat(new GithubReport().render(Fixtures.THREE)).isEqualTo(""
                + "::error file=src/main/resources/queries.sql,line=3,col=1,endLine=3,endColumn=20,"
                + "title=delete-without-where::DELETE removes every row of `invoice`: it has no WHERE clause.\n"
                + "::warning file=db/migration/V2__drop.sql,line=7,col=5,endLine=8,endColumn=12,"
                + "title=drop-table::DROP TABLE deletes table `customer` and every row in it.\n"
                + "::notice file=odd dir/a%2Cb%3Ac%25.sql,line=1,col=2,endLine=1,endColumn=9,"
                + "title=unparsable-sql::100%25 odd: a, b%0D%0Anext line\n"
                + "::warning title=sqlguard problem::broken.sql: cannot read (AccessDeniedException)\n");
    }

    @Test
    void emptyResultWritesNothing() {
        assertThat(new GithubReport().render(Fixtures.EMPTY)).isEmpty();
    }

    @Test
    void escapesMessagesAndProperties() {
        assertThat(GithubReport.data("50% a:b,c\r\nd")).isEqualTo("50%25 a:b,c%0D%0Ad");
        assertThat(GithubReport.property("50% a:b,c\r\nd")).isEqualTo("50%25 a%3Ab%2Cc%0D%0Ad");
        assertThat(GithubReport.data("%0A")).isEqualTo("%250A");
    }

    @Test
    void sameResultSameBytes() {
        assertThat(new GithubReport().render(Fixtures.THREE)).isEqualTo(new GithubReport().render(Fixtures.THREE));
    }
}
