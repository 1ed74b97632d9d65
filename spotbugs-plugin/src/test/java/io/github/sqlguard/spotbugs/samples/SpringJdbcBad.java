package io.github.sqlguard.spotbugs.samples;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spring JdbcTemplate, NamedParameterJdbcTemplate and JdbcClient. */
public class SpringJdbcBad {

    void template(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM invoice"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        jdbc.execute("DROP SCHEMA reporting CASCADE"); // expect: SQLGUARD_DROP_SCHEMA
        jdbc.batchUpdate("TRUNCATE TABLE cart", "DELETE FROM cart_item"); // expect: SQLGUARD_TRUNCATE_TABLE, SQLGUARD_DELETE_WITHOUT_WHERE
        jdbc.update("UPDATE proforma SET total = ?", 10); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void named(NamedParameterJdbcTemplate named) {
        named.update("UPDATE account SET locked = :locked", Map.of("locked", true)); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void client(JdbcClient client) {
        client.sql("ALTER TABLE customer DROP COLUMN email").update(); // expect: SQLGUARD_DROP_COLUMN
    }
}
