package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.MarkedText;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Java finding marks the code that runs its SQL, from its first character to just after its last: a sink's SQL
 * argument (a literal, a concatenation across lines, a text block, a constant of another file, a builder's
 * {@code toString()}), an annotation's value, a builder chain or an ORM call from its receiver to its last call.
 */
class JavaRegionsTest {

    static final Path PROJECT = Path.of("src/test/resources/fixtures/java/regions-project");

    @Test
    void eachFindingMarksTheCodeThatRunsItsSql() throws IOException {
        List<Finding> findings = new Scanner(ScanConfig.DEFAULT, PROJECT).scan(List.of(PROJECT)).findings();

        assertThat(findings).extracting(JavaRegionsTest::region).containsExactly(
                "CartDao.java delete-without-where 21:21-21:39",
                "CartDao.java update-without-where 26:17-27:42",
                "CartDao.java drop-table 32:22-34:20",
                "CartDao.java truncate-table 38:22-38:47",
                "CartDao.java delete-without-where 45:21-45:35",
                "CartDao.java delete-without-where 49:9-50:27",
                "CartDao.java delete-without-where 54:9-54:26",
                "CartMapper.java update-without-where 9:13-10:29");
        List<String> marked = new ArrayList<>();
        for (Finding f : findings) {
            marked.add(MarkedText.of(PROJECT, f));
        }
        assertThat(marked).containsExactly(
                "\"DELETE FROM cart\"",
                "\"UPDATE cart \"\n                        + \"SET total = 0\"",
                "\"\"\"\n                DROP TABLE cart_archive\n                \"\"\"",
                "Statements.TRUNCATE_CARTS",
                "sql.toString()",
                "dsl.deleteFrom(CART_LINE) // expect: delete-without-where\n                .execute()",
                "carts.deleteAll()",
                "{\"UPDATE cart\", // expect: update-without-where\n            \"SET total = 0\"}");
    }

    static String region(Finding f) {
        return f.file() + " " + f.ruleId() + " " + f.start().line() + ":" + f.start().column() + "-"
                + f.end().line() + ":" + f.end().column();
    }
}
