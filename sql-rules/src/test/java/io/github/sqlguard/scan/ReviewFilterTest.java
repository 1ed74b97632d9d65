package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.changes.ChangedLines;
import io.github.sqlguard.changes.FileChange;
import io.github.sqlguard.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFilterTest {

    private static final String V1 = "module/db/migration/V1__init.sql";
    private static final String V2 = "module/db/migration/V2__next.sql";

    @TempDir
    Path repo;

    private ScanResult result;

    @BeforeEach
    void scan() throws IOException {
        write(V1, "DELETE FROM a;\nCREATE TABLE t (id INT);\nUPDATE t\n  SET x = 1;\nDROP TABLE b;\n");
        write(V2, "TRUNCATE TABLE c;\nDROP TABLE d;\n");
        result = new Scanner(ScanConfig.DEFAULT, repo).scan(List.of(repo));
        assertThat(describe(result.findings())).containsExactly(V1 + ":1 delete-without-where",
                V1 + ":3 update-without-where", V1 + ":5 drop-table", V2 + ":1 truncate-table", V2 + ":2 drop-table");
    }

    private void write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.start().line() + " " + f.ruleId()).toList();
    }

    private static BitSet lines(int... numbers) {
        BitSet set = new BitSet();
        for (int n : numbers) {
            set.set(n);
        }
        return set;
    }

    @Test
    void withoutFiltersNothingChanges() {
        ScanResult same = new ReviewFilter(null, null, repo).apply(result);
        assertThat(same.findings()).isEqualTo(result.findings());
        assertThat(same.filtering()).isEqualTo(Filtering.NONE);
    }

    @Test
    void changedLinesKeepStatementsTouchingThemAndAddedFiles() {
        ChangedLines changes = new ChangedLines(repo, "origin/main", "abc", true,
                List.of(new FileChange(V1, false, lines(4)), new FileChange(V2, true, new BitSet())));

        ScanResult shown = new ReviewFilter(null, changes, repo).apply(result);

        assertThat(describe(shown.findings())).containsExactly(V1 + ":3 update-without-where",
                V2 + ":1 truncate-table", V2 + ":2 drop-table");
        assertThat(shown.filtering()).isEqualTo(new Filtering(false, 0, List.of(), "origin/main", 2));
        assertThat(shown.findings().get(0)).isSameAs(result.findings().get(1));
    }

    @Test
    void displayPathsAreResolvedFromTheirBase() {
        ChangedLines changes = new ChangedLines(repo, "main", "abc", true, List.of(new FileChange(V1, false, lines(5))));
        ScanResult fromModule = new Scanner(ScanConfig.DEFAULT, repo.resolve("module"))
                .scan(List.of(repo.resolve("module")));

        ScanResult shown = new ReviewFilter(null, changes, repo.resolve("module")).apply(fromModule);

        assertThat(describe(shown.findings())).containsExactly("db/migration/V1__init.sql:5 drop-table");
        assertThat(new ReviewFilter(null, changes, repo).apply(fromModule).findings()).isEmpty();
    }

    @Test
    void theBaselineSeesEveryFindingBeforeTheChangedLinesFilter() throws IOException {
        Baseline baseline = Baseline.of(result.findings());
        write(V1, "DELETE FROM a;\nCREATE TABLE t (id INT);\nDELETE FROM z;\nUPDATE t\n  SET x = 1;\n");
        ScanResult now = new Scanner(ScanConfig.DEFAULT, repo).scan(List.of(repo));
        ChangedLines changes = new ChangedLines(repo, "main", "abc", true, List.of(new FileChange(V1, false, lines(3))));

        ScanResult shown = new ReviewFilter(baseline, changes, repo).apply(now);

        assertThat(describe(shown.findings())).containsExactly(V1 + ":3 delete-without-where");
        assertThat(shown.filtering().baseline()).isTrue();
        assertThat(shown.filtering().hiddenByBaseline()).isEqualTo(4);
        assertThat(shown.filtering().fixed()).extracting(BaselineEntry::file, BaselineEntry::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(V1, "drop-table"));
        assertThat(shown.filtering().outsideChanges()).isZero();
    }
}
