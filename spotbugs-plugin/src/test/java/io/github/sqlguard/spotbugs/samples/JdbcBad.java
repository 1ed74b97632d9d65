package io.github.sqlguard.spotbugs.samples;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC: Statement and Connection. */
public class JdbcBad {

    void statement(Statement stmt) throws SQLException {
        stmt.execute("DROP TABLE orders"); // expect: SQLGUARD_DROP_TABLE
        stmt.executeUpdate("DELETE FROM orders"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        stmt.addBatch("TRUNCATE TABLE audit_log"); // expect: SQLGUARD_TRUNCATE_TABLE
        stmt.executeLargeUpdate("UPDATE orders SET status = 'x'", Statement.NO_GENERATED_KEYS); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void prepared(Connection conn) throws SQLException {
        conn.prepareStatement("DELETE FROM session WHERE 1 = 1").executeUpdate(); // expect: SQLGUARD_TAUTOLOGICAL_WHERE
    }
}
