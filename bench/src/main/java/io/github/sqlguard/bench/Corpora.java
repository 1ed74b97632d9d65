package io.github.sqlguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the peer-benchmark corpora of {@code bench/peers.sh}; the same arguments give byte-identical files.
 *
 * <ul>
 *   <li>{@code java/}: a Maven-style tree of 2,000 classes of about 520 lines each, one in ten a JdbcTemplate
 *       repository; a few of those hold a destructive statement, and some other classes log messages with words
 *       such as "update" in them, as real code does.</li>
 *   <li>{@code flyway/}: 2,000 Flyway migrations of 10 PostgreSQL statements each.</li>
 *   <li>{@code big-1x.sql} and {@code big-2x.sql}: one script of 20,000 statements, and the same doubled.</li>
 * </ul>
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.sqlguard.bench.Corpora &lt;dir&gt;</pre>
 */
public final class Corpora {

    static final int CLASSES = 2_000;
    static final int MIGRATIONS = 2_000;
    static final int STATEMENTS_PER_MIGRATION = 10;
    static final int BIG_STATEMENTS = 20_000;

    private Corpora() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/target/corpora");
        writeJavaTree(out.resolve("java"));
        writeFlyway(out.resolve("flyway"));
        String big = MigrationCorpus.script(BIG_STATEMENTS, 42);
        write(out.resolve("big-1x.sql"), big);
        write(out.resolve("big-2x.sql"), big + big);
    }

    static void writeFlyway(Path dir) throws IOException {
        for (int i = 1; i <= MIGRATIONS; i++) {
            write(dir.resolve("src/main/resources/db/migration/V" + i + "__change_" + i + ".sql"),
                    MigrationCorpus.script(STATEMENTS_PER_MIGRATION, i));
        }
    }

    static void writeJavaTree(Path dir) throws IOException {
        for (int i = 0; i < CLASSES; i++) {
            String pkg = "com.example.shop.m" + (i / 100);
            String name = (i % 10 == 0 ? "Repository" : "Service") + i;
            Path file = dir.resolve("src/main/java/" + pkg.replace('.', '/') + "/" + name + ".java");
            write(file, javaClass(pkg, name, i));
        }
    }

    /** About 520 lines: fields, twenty methods of loops, branches, collections and logging. */
    static String javaClass(String pkg, String name, int n) {
        Random random = new Random(n);
        boolean jdbc = n % 10 == 0;
        StringBuilder sb = new StringBuilder(24_000);
        sb.append("package ").append(pkg).append(";\n\n");
        sb.append("import java.util.ArrayList;\nimport java.util.HashMap;\nimport java.util.List;\n")
                .append("import java.util.Map;\nimport java.util.Objects;\nimport java.util.Optional;\n")
                .append("import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n");
        if (jdbc) {
            sb.append("import org.springframework.jdbc.core.JdbcTemplate;\n")
                    .append("import org.springframework.stereotype.Repository;\n");
        }
        sb.append("\n/** Generated class ").append(n).append(" of the sqlguard benchmark corpus. */\n");
        if (jdbc) {
            sb.append("@Repository\n");
        }
        sb.append("public class ").append(name).append(" {\n\n");
        sb.append("    private static final Logger LOG = LoggerFactory.getLogger(").append(name).append(".class);\n");
        sb.append("    private static final int LIMIT = ").append(100 + random.nextInt(900)).append(";\n");
        if (jdbc) {
            sb.append("    private final JdbcTemplate jdbc;\n");
        }
        sb.append("    private final Map<String, Integer> counters = new HashMap<>();\n");
        sb.append("    private final List<String> names = new ArrayList<>();\n\n");
        sb.append("    public ").append(name).append("(").append(jdbc ? "JdbcTemplate jdbc" : "").append(") {\n");
        sb.append(jdbc ? "        this.jdbc = jdbc;\n" : "        names.add(\"" + name + "\");\n");
        sb.append("    }\n");
        for (int m = 0; m < 20; m++) {
            if (jdbc && m % 4 == 0) {
                jdbcMethod(sb, n, m, random);
            } else {
                plainMethod(sb, n, m, random);
            }
        }
        sb.append("}\n");
        return sb.toString();
    }

    private static void jdbcMethod(StringBuilder sb, int n, int m, Random random) {
        String table = "orders_" + random.nextInt(50);
        sb.append("\n    /** Data access ").append(m).append(". */\n");
        sb.append("    public int access").append(m).append("(long id, String status) {\n");
        sb.append("        Objects.requireNonNull(status, \"status\");\n");
        sb.append("        LOG.debug(\"access {} {}\", id, status);\n");
        switch (m) {
            case 0 -> sb.append("        List<Map<String, Object>> rows = jdbc.queryForList(\"SELECT id, status FROM ")
                    .append(table).append(" WHERE customer_id = ?\", id);\n")
                    .append("        return rows.size();\n");
            case 4 -> sb.append("        return jdbc.update(\"UPDATE ").append(table)
                    .append(" SET status = ?, updated_at = now() WHERE id = ?\", status, id);\n");
            case 8 -> sb.append("        String sql = \"DELETE FROM ").append(table).append("\"\n")
                    .append("                + \" WHERE id = ?\";\n")
                    .append("        return jdbc.update(sql, id);\n");
            case 12 -> sb.append("        return jdbc.update(\"INSERT INTO ").append(table)
                    .append(" (id, status) VALUES (?, ?)\", id, status);\n");
            default -> {
                if (n % 200 == 0) { // one repository in twenty forgets its WHERE
                    sb.append("        return jdbc.update(\"DELETE FROM audit_").append(n).append("\");\n");
                } else {
                    sb.append("        Integer count = jdbc.queryForObject(\"SELECT count(*) FROM ").append(table)
                            .append(" WHERE status = ?\", Integer.class, status);\n")
                            .append("        return count == null ? 0 : count;\n");
                }
            }
        }
        sb.append("    }\n");
    }

    private static void plainMethod(StringBuilder sb, int n, int m, Random random) {
        String verb = n % 20 == 7 && m == 3 ? "update" : "refresh";
        sb.append("\n    /** Step ").append(m).append(" of the workflow. */\n");
        sb.append("    public Optional<String> step").append(m).append("(List<String> input, int threshold) {\n");
        sb.append("        if (input == null || input.isEmpty()) {\n");
        sb.append("            LOG.info(\"nothing to ").append(verb).append(" in step ").append(m).append("\");\n");
        sb.append("            return Optional.empty();\n");
        sb.append("        }\n");
        sb.append("        int total = 0;\n");
        sb.append("        StringBuilder label = new StringBuilder();\n");
        sb.append("        for (String item : input) {\n");
        sb.append("            if (item.length() > threshold + ").append(random.nextInt(10)).append(") {\n");
        sb.append("                total += item.length() * ").append(1 + random.nextInt(7)).append(";\n");
        sb.append("                label.append(item, 0, Math.min(item.length(), LIMIT));\n");
        sb.append("            } else if (item.startsWith(\"").append((char) ('a' + random.nextInt(26))).append("\")) {\n");
        sb.append("                counters.merge(item, 1, Integer::sum);\n");
        sb.append("            } else {\n");
        sb.append("                names.add(item.trim());\n");
        sb.append("            }\n");
        sb.append("        }\n");
        sb.append("        if (total > LIMIT) {\n");
        sb.append("            LOG.warn(\"step ").append(m).append(" over limit: {}\", total);\n");
        sb.append("            return Optional.of(label.toString());\n");
        sb.append("        }\n");
        sb.append("        return Optional.ofNullable(names.isEmpty() ? null : names.get(names.size() - 1));\n");
        sb.append("    }\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
