package io.github.sqlguard.bench;

import java.util.Random;

/**
 * A deterministic Flyway-style PostgreSQL corpus: the mix of statements real migrations hold, with a DROP TABLE and an
 * UPDATE without WHERE about once in a thousand statements each.
 */
public final class MigrationCorpus {

    private MigrationCorpus() {
    }

    /** One migration script of {@code statements} statements; the same seed gives the same text. */
    public static String script(int statements, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(statements * 80);
        for (int i = 0; i < statements; i++) {
            int table = random.nextInt(500);
            int rare = random.nextInt(1000);
            if (rare == 0) {
                sb.append("DROP TABLE t").append(table).append(";\n");
                continue;
            } else if (rare == 1) {
                sb.append("UPDATE t").append(table).append(" SET name = 'unknown';\n");
                continue;
            }
            switch (random.nextInt(10)) {
                case 0 -> sb.append("CREATE TABLE IF NOT EXISTS t").append(table)
                        .append(" (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, created_at TIMESTAMPTZ DEFAULT now());\n");
                case 1 -> sb.append("ALTER TABLE t").append(table).append(" ADD COLUMN c").append(i)
                        .append(" INTEGER DEFAULT 0;\n");
                case 2 -> sb.append("CREATE INDEX IF NOT EXISTS idx_").append(i).append(" ON t").append(table)
                        .append(" (name);\n");
                case 3 -> sb.append("INSERT INTO t").append(table).append(" (name) VALUES ('row ").append(i)
                        .append("');\n");
                case 4 -> sb.append("UPDATE t").append(table).append(" SET name = upper(name) WHERE id IN (SELECT id FROM t")
                        .append(table).append(" WHERE created_at < now() - interval '30 days');\n");
                case 5 -> sb.append("DELETE FROM t").append(table).append(" WHERE id = ").append(i).append(";\n");
                case 6 -> sb.append("-- backfill ").append(i).append("\nUPDATE t").append(table)
                        .append(" SET c = coalesce(c, 0) + 1 WHERE name LIKE 'a%' AND id > ").append(i).append(";\n");
                case 7 -> sb.append("COMMENT ON TABLE t").append(table).append(" IS 'table ").append(table)
                        .append("';\n");
                case 8 -> sb.append("SELECT count(*) FROM t").append(table).append(" WHERE name = 'x';\n");
                default -> sb.append("ALTER TABLE t").append(table).append(" ALTER COLUMN name SET NOT NULL;\n");
            }
        }
        return sb.toString();
    }
}
