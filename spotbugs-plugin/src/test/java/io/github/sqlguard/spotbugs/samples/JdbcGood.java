package io.github.sqlguard.spotbugs.samples;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC, filtered. */
public class JdbcGood {

    void statement(Statement stmt, long id) throws SQLException {
        stmt.execute("CREATE TABLE orders (id BIGINT)");
        stmt.executeUpdate("DELETE FROM orders WHERE id = " + id);
        stmt.addBatch("UPDATE orders SET status = 'x' WHERE id = 1");
        stmt.executeQuery("SELECT * FROM orders");
        System.out.println("DROP TABLE orders");
    }

    void prepared(Connection conn) throws SQLException {
        conn.prepareStatement("DELETE FROM session WHERE 1 = 1 AND user_id = ?").executeUpdate();
    }
}
