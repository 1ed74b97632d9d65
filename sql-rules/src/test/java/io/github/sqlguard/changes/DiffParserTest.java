package io.github.sqlguard.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffParserTest {

    private static String describe(List<FileChange> changes) {
        return String.join("\n", changes.stream().map(FileChange::toString).toList());
    }

    @Test
    void hunkHeadersGiveTheCurrentLines() {
        String diff = ""
                + "diff --git a/db/V1__init.sql b/db/V1__init.sql\n"
                + "index 1111111..2222222 100644\n"
                + "--- a/db/V1__init.sql\n"
                + "+++ b/db/V1__init.sql\n"
                + "@@ -2 +2 @@ CREATE TABLE a (id INT);\n"
                + "-DELETE FROM a WHERE id = 1;\n"
                + "+DELETE FROM a;\n"
                + "@@ -5,0 +6,3 @@ SELECT 1;\n"
                + "+DROP TABLE b;\n"
                + "+\n"
                + "+TRUNCATE c;\n"
                + "@@ -10,2 +13,1 @@\n"
                + "-x\n"
                + "-y\n"
                + "+z\n";
        List<FileChange> changes = DiffParser.parse(diff);
        assertThat(describe(changes)).isEqualTo("db/V1__init.sql {2, 6, 7, 8, 13}");
        FileChange f = changes.get(0);
        assertThat(f.touches(1, 1)).isFalse();
        assertThat(f.touches(1, 2)).isTrue();
        assertThat(f.touches(3, 5)).isFalse();
        assertThat(f.touches(8, 12)).isTrue();
        assertThat(f.touches(9, 12)).isFalse();
        assertThat(f.touches(14, 100)).isFalse();
    }

    @Test
    void aHunkThatOnlyRemovesTouchesTheLinesAroundTheGap() {
        String diff = ""
                + "diff --git a/a.sql b/a.sql\n"
                + "--- a/a.sql\n"
                + "+++ b/a.sql\n"
                + "@@ -5,2 +4,0 @@ DELETE FROM a\n"
                + "-  WHERE id = 1\n"
                + "-  AND x = 2\n"
                + "@@ -1 +0,0 @@\n"
                + "--- a comment\n";
        assertThat(describe(DiffParser.parse(diff))).isEqualTo("a.sql {1, 4, 5}");
    }

    @Test
    void contentLinesThatLookLikeHeadersAreContent() {
        String diff = ""
                + "diff --git a/a.sql b/a.sql\n"
                + "--- a/a.sql\n"
                + "+++ b/a.sql\n"
                + "@@ -1,2 +1,2 @@\n"
                + "--- old comment\n"
                + "-new file mode\n"
                + "+++ b/other.sql\n"
                + "+rename to x.sql\n";
        assertThat(describe(DiffParser.parse(diff))).isEqualTo("a.sql {1, 2}");
    }

    @Test
    void newFilesAreAddedAndDeletedFilesLeftOut() {
        String diff = ""
                + "diff --git a/V2__new.sql b/V2__new.sql\n"
                + "new file mode 100644\n"
                + "index 0000000..8ba3a16\n"
                + "--- /dev/null\n"
                + "+++ b/V2__new.sql\n"
                + "@@ -0,0 +1,2 @@\n"
                + "+DROP TABLE a;\n"
                + "+DROP TABLE b;\n"
                + "diff --git a/empty.sql b/empty.sql\n"
                + "new file mode 100644\n"
                + "index 0000000..e69de29\n"
                + "diff --git a/gone.sql b/gone.sql\n"
                + "deleted file mode 100644\n"
                + "index e69de29..0000000\n"
                + "--- a/gone.sql\n"
                + "+++ /dev/null\n"
                + "@@ -1 +0,0 @@\n"
                + "-DROP TABLE c;\n";
        List<FileChange> changes = DiffParser.parse(diff);
        assertThat(describe(changes)).isEqualTo("V2__new.sql (added)\nempty.sql (added)");
        assertThat(changes.get(0).touches(40, 41)).isTrue();
    }

    @Test
    void renamesKeepTheNewPathAndAreNotAdded() {
        String diff = ""
                + "diff --git a/old/V1__a.sql b/new/V1__a.sql\n"
                + "similarity index 100%\n"
                + "rename from old/V1__a.sql\n"
                + "rename to new/V1__a.sql\n"
                + "diff --git a/b.sql b/c.sql\n"
                + "similarity index 80%\n"
                + "rename from b.sql\n"
                + "rename to c.sql\n"
                + "index 1111111..2222222 100644\n"
                + "--- a/b.sql\n"
                + "+++ b/c.sql\n"
                + "@@ -3,0 +4 @@\n"
                + "+DELETE FROM t;\n";
        assertThat(describe(DiffParser.parse(diff))).isEqualTo("new/V1__a.sql {}\nc.sql {4}");
    }

    @Test
    void carriageReturnsDoNotMatter() {
        String diff = ""
                + "diff --git a/a.sql b/a.sql\r\n"
                + "--- a/a.sql\r\n"
                + "+++ b/a.sql\r\n"
                + "@@ -1,0 +2,2 @@\r\n"
                + "+DELETE FROM a;\r\n"
                + "+DELETE FROM b;\r\n"
                + "diff --git a/new.sql b/new.sql\r\n"
                + "new file mode 100644\r\n";
        assertThat(describe(DiffParser.parse(diff))).isEqualTo("a.sql {2, 3}\nnew.sql (added)");
        assertThat(describe(DiffParser.parse(diff.replace("\r\n", "\n"))))
                .isEqualTo(describe(DiffParser.parse(diff)));
    }

    @Test
    void quotedPathsAndPathsWithSpaces() {
        String diff = ""
                + "diff --git a/with space.sql b/with space.sql\n"
                + "--- a/with space.sql\t\n"
                + "+++ b/with space.sql\t\n"
                + "@@ -2 +2 @@\n"
                + "-b\n"
                + "+B\n"
                + "diff --git \"a/\\303\\274n\\303\\257.sql\" \"b/\\303\\274n\\303\\257.sql\"\n"
                + "--- \"a/\\303\\274n\\303\\257.sql\"\n"
                + "+++ \"b/\\303\\274n\\303\\257.sql\"\n"
                + "@@ -1,0 +2 @@\n"
                + "+x\n"
                + "diff --git a/new dir/e mpty.sql b/new dir/e mpty.sql\n"
                + "new file mode 100644\n"
                + "diff --git \"a/tab\\there.sql\" \"b/tab\\there.sql\"\n"
                + "new file mode 100644\n";
        assertThat(describe(DiffParser.parse(diff))).isEqualTo(
                "with space.sql {2}\n\u00fcn\u00ef.sql {2}\nnew dir/e mpty.sql (added)\ntab\there.sql (added)");
    }

    @Test
    void unquoteReadsGitEscapes() {
        assertThat(DiffParser.unquote("\"a\\\\b\\\"c\\n\"")).isEqualTo("a\\b\"c\n");
        assertThat(DiffParser.unquote("plain")).isEqualTo("plain");
        assertThat(DiffParser.unquote("\"\u00fc\"")).isEqualTo("\u00fc");
    }

    @Test
    void emptyDiffHasNoFiles() {
        assertThat(DiffParser.parse("")).isEmpty();
    }
}
