package io.github.sqlguard.spotbugs.samples;

import org.jdbi.v3.core.Handle;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.r2dbc.core.DatabaseClient;

/** JDBI, jOOQ and R2DBC, filtered. */
public class JdbiJooqGood {

    void jdbi(Handle handle) {
        handle.execute("DELETE FROM audit WHERE id = ?", 1);
    }

    void jooq(DSLContext dsl) {
        dsl.execute("DELETE FROM cart WHERE id = 1");
        dsl.deleteFrom(DSL.table("session")).where(DSL.condition("id = 1")).execute();
        dsl.update(DSL.table("orders")).set(DSL.field("status"), "x").where(DSL.condition("id = 1")).execute();
    }

    void r2dbc(DatabaseClient db) {
        db.sql("DELETE FROM event WHERE id = :id");
    }
}
