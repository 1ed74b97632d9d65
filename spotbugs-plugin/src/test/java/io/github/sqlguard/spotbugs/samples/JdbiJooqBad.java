package io.github.sqlguard.spotbugs.samples;

import org.jdbi.v3.core.Handle;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.r2dbc.core.DatabaseClient;

/** JDBI handle, jOOQ plain SQL and builder chains, R2DBC. */
public class JdbiJooqBad {

    static final Table ORDERS = DSL.table("orders");

    void jdbi(Handle handle) {
        handle.execute("DROP TABLE audit"); // expect: SQLGUARD_DROP_TABLE
        handle.createUpdate("DELETE FROM audit"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void jooq(DSLContext dsl) {
        dsl.execute("TRUNCATE TABLE cart"); // expect: SQLGUARD_TRUNCATE_TABLE
        dsl.deleteFrom(DSL.table("session")).execute(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        dsl.update(ORDERS).set(DSL.field("status"), "x").execute(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void r2dbc(DatabaseClient db) {
        db.sql("DELETE FROM event"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }
}
