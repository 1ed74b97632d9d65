package io.github.sqlguard.spotbugs.samples;

import java.sql.SQLException;
import java.sql.Statement;

/** One statement per remaining rule, in application code. */
public class RulesBad {

    void dropAndRecreate(Statement stmt) throws SQLException {
        stmt.execute("DROP TABLE customer"); // expect: SQLGUARD_DROP_AND_RECREATE
        stmt.execute("CREATE TABLE customer (id BIGINT)");
    }

    void tautology(Statement stmt) throws SQLException {
        stmt.executeUpdate("UPDATE wallet SET balance = 0 WHERE 'a' = 'a'"); // expect: SQLGUARD_TAUTOLOGICAL_WHERE
    }

    void unparsable(Statement stmt) throws SQLException {
        stmt.executeUpdate("DELETE FROM orders WHERE id IN ((( AND"); // expect: SQLGUARD_UNPARSABLE_SQL
    }

    void dropTemporaryIsFine(Statement stmt) throws SQLException {
        stmt.execute("CREATE TEMPORARY TABLE scratch (id BIGINT)");
        stmt.execute("DROP TABLE scratch");
    }
}
