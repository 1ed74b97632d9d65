package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.SqlPiece;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaSqlShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM cart",
        "delete from cart",
        "  DELETE FROM cart;",
        "-- purge\nDELETE FROM cart",
        "/* nightly */ DELETE FROM app.cart WHERE created < ?",
        "DELETE cart WHERE id = ?",
        "DELETE FROM Cart c",
        "DELETE FROM Cart AS c WHERE c.id = :id",
        "DELETE FROM \"Cart\"",
        "DELETE FROM `cart` LIMIT 10",
        "DELETE FROM " + SqlPiece.UNKNOWN_FRAGMENT,
        "DELETE FROM ${table}",
        "UPDATE cart SET total = 0",
        "update cart c set c.total = ? where c.id = ?",
        "UPDATE cart SET (a, b) = (1, 2)",
        "UPDATE cart SET total=?",
        "DROP TABLE cart",
        "DROP TABLE IF EXISTS cart, cart_line CASCADE",
        "DROP MATERIALIZED VIEW report",
        "drop schema legacy",
        "TRUNCATE cart",
        "TRUNCATE TABLE cart RESTART IDENTITY",
        "TRUNCATE TABLE ONLY cart, cart_line",
        "ALTER TABLE cart DROP COLUMN coupon",
        "ALTER TABLE IF EXISTS cart ADD COLUMN note text",
        "ALTER TABLE app.cart RENAME TO basket"
    })
    void statementsArePlainlySql(String text) {
        assertThat(SqlShape.plainlySql(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Delete from cart failed",
        "Delete from cart",
        "DELETE FROM CART FAILED",
        "delete from cart failed: timeout",
        "Delete from cart failed.",
        "Deleting from cart",
        "update available",
        "Update available?",
        "update the cart set to default",
        "Update cart set",
        "update cart set total",
        "Drop table for user!",
        "drop table finished.",
        "drop it like it's hot",
        "DROP TABLE",
        "truncate text after 80 characters",
        "truncate",
        "alter table settings in the admin panel",
        "Alter Table",
        "ALTER USER app PASSWORD 'x'",
        "SELECT * FROM cart",
        "INSERT INTO cart VALUES (1)",
        "Please update your cart.",
        "The update failed: DELETE FROM cart",
        "delete from cart?",
        "drop table failed",
        "truncate table done",
        "DELETE FROM cart OK"
    })
    void proseIsNot(String text) {
        assertThat(SqlShape.plainlySql(text)).isFalse();
    }
}
