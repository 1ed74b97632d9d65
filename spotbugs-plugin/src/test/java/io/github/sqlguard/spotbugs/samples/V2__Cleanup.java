package io.github.sqlguard.spotbugs.samples;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;

/** A Flyway Java migration: rules whose severity is lower in migrations report at normal priority. */
public class V2__Cleanup extends BaseJavaMigration {

    private Connection connection;

    @Override
    public void migrate(Object context) throws SQLException {
        connection.createStatement().execute("DELETE FROM legacy_event"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        connection.createStatement().execute("DROP TABLE legacy_audit"); // expect: SQLGUARD_DROP_TABLE
    }
}
