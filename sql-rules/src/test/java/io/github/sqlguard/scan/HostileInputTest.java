package io.github.sqlguard.scan;

import io.github.sqlguard.engine.Snippets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sqlguard.core.Finding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner in-process on hostile files; the same cases run through the command line in {@code HostileInputIT}.
 * Every scan must end, report problems as one-line strings, and still find what is real.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private ScanResult scan() {
        return assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir)));
    }

    private static String at(Finding f) {
        return f.ruleId() + " " + f.file() + ":" + f.start().line() + ":" + f.start().column();
    }

    /**
     * The findings, without notes about parses that ran out of time: on a loaded machine any parse may, and then the
     * statement is still judged by its tokens.
     */
    private static List<Finding> verdicts(ScanResult result) {
        return result.findings().stream()
                .filter(f -> !(f.ruleId().equals("unparsable-sql") && f.message().contains("timed out")))
                .toList();
    }

    @Test
    void decodingReplacesMalformedBytesExactlyAsAReplacingDecoderDoes() throws CharacterCodingException {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(48)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (random.nextBoolean() ? random.nextInt(256) : 0x80 | random.nextInt(64));
            }
            String expected = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            assertThat(TextFiles.decode(bytes)).isEqualTo(expected);
        }
        assertThat(TextFiles.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEqualTo("a");
        assertThat(TextFiles.decode(new byte[] {(byte) 0xEF, (byte) 0xBB})).isEqualTo("\uFFFD");
        assertThat(TextFiles.decode(new byte[0])).isEmpty();
    }

    @Test
    void snippetsMatchTheRegularExpressionTheyReplace() {
        Random random = new Random(11);
        String alphabet = "ab \t\n\r\f\u000B\u00A0\u2003\u001Cz;";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 600 : 40);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String oneLine = text.strip().replaceAll("\\s+", " ");
            String expected = oneLine.length() > 200 ? oneLine.substring(0, 197) + "..." : oneLine;
            assertThat(Snippets.snippet(text)).as("%s", text).isEqualTo(expected);
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            String part = text.substring(from, to).strip().replaceAll("\\s+", " ");
            assertThat(Snippets.snippet(text, from, to))
                    .isEqualTo(part.length() > 200 ? part.substring(0, 197) + "..." : part);
        }
    }

    @Test
    void binaryEmptyAndUndecodableFilesNeverStopTheScan() throws IOException {
        byte[] binary = new byte[4096];
        new Random(3).nextBytes(binary);
        binary[10] = 0;
        write("blob.sql", binary);
        write("Blob.java", binary);
        write("blob.xml", binary);
        write("empty.sql", new byte[0]);
        write("db/changelog/empty.yaml", new byte[0]);
        write("db/changelog/empty.xml", new byte[0]);
        write("latin1.sql", "-- Stra\u00DFe\nDELETE FROM stra\u00DFen;\n".getBytes(StandardCharsets.ISO_8859_1));
        write("broken.sql", new byte[] {'-', '-', ' ', (byte) 0xC3, '(', '\n', 'D', 'R', 'O', 'P', ' ', 'T', 'A',
            'B', 'L', 'E', ' ', 'x', ';', '\n'});

        ScanResult result = scan();

        assertThat(result.findings()).extracting(HostileInputTest::at).containsExactly(
                "drop-table broken.sql:2:1", "delete-without-where latin1.sql:2:1", "unparsable-sql latin1.sql:2:1");
        assertThat(result.findings().get(1).snippet()).isEqualTo("DELETE FROM stra\uFFFDen");
        assertThat(result.problems()).containsExactly("Blob.java: binary content, not scanned",
                "blob.sql: binary content, not scanned", "blob.xml: binary content, not scanned");
    }

    @Test
    void byteOrderMarkAndLineEndingsKeepPositionsExact() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "-- h\r\n\r\nSELECT 1;\r\n  DROP TABLE a;\r\nDELETE\r\nFROM b;\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        write("crlf.sql", file);
        write("cr.sql", "SELECT 1;\r\rTRUNCATE c;\r");

        ScanResult result = scan();

        assertThat(verdicts(result)).extracting(HostileInputTest::at).containsExactly(
                "truncate-table cr.sql:3:1", "drop-table crlf.sql:4:3", "delete-without-where crlf.sql:5:1");
        assertThat(result.findings().get(1).end().column()).isEqualTo(15);
        assertThat(result.findings().get(2).end().line()).isEqualTo(6);
    }

    @Test
    void linkLoopsAreReportedOnceAndFilesAreNotReadTwice() throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.createSymbolicLink(db.resolve("self"), db);
        Files.createSymbolicLink(db.resolve("root"), dir);
        Files.createSymbolicLink(db.resolve("gone.sql"), dir.resolve("missing.sql"));
        write("db/purge.sql", "DELETE FROM carts;\n");

        ScanResult result = scan();

        assertThat(verdicts(result)).extracting(HostileInputTest::at)
                .containsExactly("delete-without-where db/purge.sql:1:1");
        assertThat(result.problems()).isNotEmpty().allMatch(p -> p.endsWith("symbolic link loop, not followed"));
    }

    /**
     * Without read permission a file is a problem, not a failure. As root (containers, CI images) permissions do not
     * stop reading, so there the file is simply scanned; both outcomes are checked, whichever applies.
     */
    @Test
    void unreadableFilesAreProblemsOrReadAsRoot() throws IOException {
        Path locked = write("locked.sql", "DROP TABLE payroll;\n");
        if (!Files.getFileStore(locked).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean readable = Files.isReadable(locked);

            ScanResult result = scan();

            if (readable) {
                assertThat(result.findings()).extracting(HostileInputTest::at)
                        .containsExactly("drop-table locked.sql:1:1");
            } else {
                assertThat(result.findings()).isEmpty();
                assertThat(result.problems()).containsExactly("locked.sql: cannot read (AccessDeniedException)");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Found by fuzzing: SnakeYAML composing with merges never returned from a mapping merged into itself. */
    @Test
    void recursiveYamlMergesStopTheirFileNotTheScan() throws IOException {
        write("db/changelog/changelog.yaml", "databaseChangeLog:\n  - &cs\n    changeSet:\n      id: 1\n"
                + "      author: a\n      changes:\n    <<: *cs\n");
        write("src/main/resources/application.yml", "spring:\n  jpa:\n    hibernate:\n      ddl-auto: create-drop\n"
                + "---\nloop: &l\n  x: 1\n  <<: *l\n");
        write("db/changelog/other.yaml", "databaseChangeLog:\n  - changeSet:\n      id: 2\n      author: a\n"
                + "      changes:\n        - <<: &drop {dropTable: {tableName: t}}\n");

        ScanResult result = scan();

        assertThat(result.findings()).extracting(HostileInputTest::at).containsExactly(
                "drop-table db/changelog/other.yaml:6:22",
                "destructive-schema-setting src/main/resources/application.yml:4:7");
        assertThat(result.problems()).containsExactly(
                "db/changelog/changelog.yaml:7: a merge key (<<) merges a mapping into itself; the rest of the file"
                        + " is not read",
                "src/main/resources/application.yml: YAML not fully read: line 8: a merge key (<<) merges a mapping"
                        + " into itself, rest not read");
    }

    /** A format index past an int's range used to leave the whole Java file unread. */
    @Test
    void aHugeFormatIndexInJavaLeavesTheRestOfTheFile() throws IOException {
        write("src/main/java/Dao.java", "import org.springframework.jdbc.core.JdbcTemplate;\n"
                + "class Dao {\n"
                + "    void purge(JdbcTemplate jdbc, String t) {\n"
                + "        jdbc.update(\"DELETE FROM sessions\");\n"
                + "        jdbc.update(String.format(\"DELETE FROM %99999999999$s WHERE id = 1\", t));\n"
                + "    }\n"
                + "}\n");

        ScanResult result = scan();

        assertThat(result.problems()).isEmpty();
        assertThat(verdicts(result)).extracting(HostileInputTest::at)
                .containsExactly("delete-without-where src/main/java/Dao.java:4:21");
    }

    @Test
    void manyStatementsInOneScriptFindTheLastOne() throws IOException {
        StringBuilder sql = new StringBuilder();
        int lines = 0;
        while (sql.length() < 5_000_000) {
            sql.append(lines % 100 == 99 ? "UPDATE t SET a = 1 WHERE id = " + lines + ";\n"
                    : "INSERT INTO t (id, a) VALUES (" + lines + ", 'some text');\n");
            lines++;
        }
        sql.append("DROP TABLE customers;\n");
        write("db/migration/V1__load.sql", sql.toString());

        ScanResult result = scan();

        assertThat(verdicts(result)).extracting(HostileInputTest::at)
                .containsExactly("drop-table db/migration/V1__load.sql:" + (lines + 1) + ":1");
        assertThat(result.statements()).isEqualTo(lines + 1);
    }
}
