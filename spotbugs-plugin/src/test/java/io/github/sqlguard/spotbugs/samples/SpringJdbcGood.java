package io.github.sqlguard.spotbugs.samples;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spring JDBC, filtered. */
public class SpringJdbcGood {

    void template(JdbcTemplate jdbc, long id) {
        jdbc.update("DELETE FROM invoice WHERE id = ?", id);
        jdbc.execute("CREATE TABLE IF NOT EXISTS audit (id BIGINT)");
        jdbc.batchUpdate("DELETE FROM cart WHERE id = 1", "DELETE FROM cart_item WHERE cart_id = 1");
        jdbc.queryForList("SELECT id FROM invoice");
    }

    void named(NamedParameterJdbcTemplate named) {
        named.update("UPDATE account SET locked = :locked WHERE id = :id", Map.of("locked", true, "id", 1));
    }

    void client(JdbcClient client) {
        client.sql("ALTER TABLE customer ADD COLUMN email VARCHAR(200)").update();
    }
}
