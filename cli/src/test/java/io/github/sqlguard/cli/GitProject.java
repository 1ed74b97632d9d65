package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A project in a real git repository in a temporary folder: its own identity, no global or system git configuration,
 * branch {@code main}. The files hold findings whose places the tests know.
 */
final class GitProject {

    static final String V1 = "src/main/resources/db/migration/V1__init.sql";
    static final String V2 = "src/main/resources/db/migration/V2__orders.sql";
    static final String QUERIES = "src/main/resources/queries.sql";
    static final String MOVED_QUERIES = "src/main/resources/dao/queries.sql";

    /** Two old findings in the migration: drop-table (error) on line 2, delete-without-where (warning) on line 5. */
    static final String V1_TEXT = ""
            + "CREATE TABLE customer (id INT);\n"
            + "DROP TABLE legacy_customer;\n"
            + "CREATE TABLE cart (id INT);\n"
            + "CREATE TABLE orders (id INT);\n"
            + "DELETE FROM cart;\n"
            + "ALTER TABLE customer ADD COLUMN email TEXT;\n";

    /** The migration with a dangerous statement inserted in the middle, at line 4. */
    static final String V1_CHANGED = ""
            + "CREATE TABLE customer (id INT);\n"
            + "DROP TABLE legacy_customer;\n"
            + "CREATE TABLE cart (id INT);\n"
            + "UPDATE customer SET email = NULL;\n"
            + "CREATE TABLE orders (id INT);\n"
            + "DELETE FROM cart;\n"
            + "ALTER TABLE customer ADD COLUMN email TEXT;\n";

    /** A new migration: truncate-table (warning) on line 1, drop-table (error) on line 2. */
    static final String V2_TEXT = "TRUNCATE TABLE audit_log;\nDROP TABLE orders_archive;\n";

    /** An old finding in application SQL: update-without-where (error) on line 2. */
    static final String QUERIES_TEXT = "SELECT 1;\nUPDATE product SET price = 0;\n";

    final Path dir;

    private GitProject(Path dir) {
        this.dir = dir;
    }

    /** A repository whose {@code main} holds the migration and the queries. */
    static GitProject create(Path dir) throws Exception {
        GitProject p = new GitProject(Files.createDirectories(dir));
        p.git("init", "-q", "-b", "main");
        p.git("config", "user.email", "test@example.com");
        p.git("config", "user.name", "Test");
        p.git("config", "commit.gpgsign", "false");
        p.write(V1, V1_TEXT);
        p.write(QUERIES, QUERIES_TEXT);
        p.commitAll("init");
        return p;
    }

    static GitProject at(Path dir) {
        return new GitProject(dir);
    }

    /** On a branch {@code feature}: the statement inserted in the migration, a new migration, the queries moved. */
    void changeOnFeatureBranch() throws Exception {
        git("checkout", "-q", "-b", "feature");
        write(V1, V1_CHANGED);
        write(V2, V2_TEXT);
        Files.createDirectories(dir.resolve(MOVED_QUERIES).getParent());
        git("mv", QUERIES, MOVED_QUERIES);
        commitAll("feature");
    }

    Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    void commitAll(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    String git(String... args) throws Exception {
        return run(dir, args);
    }

    /** Runs git in {@code dir}; fails the test when git fails. */
    static String run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", dir.resolve("no-global-gitconfig").toString());
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("git %s finished", args).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
        return out;
    }
}
