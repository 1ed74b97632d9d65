package io.github.sqlguard.report;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.util.List;

/** Scan results built by hand, so report tests do not depend on the scanner. */
final class Fixtures {

    static final Finding DELETE = new Finding("delete-without-where", Severity.ERROR,
            "DELETE removes every row of `invoice`: it has no WHERE clause.", "src/main/resources/queries.sql",
            new Position(3, 1), new Position(3, 20), "DELETE FROM invoice", "delete from invoice",
            "0123456789abcdef0123456789abcdef");

    static final Finding DROP = new Finding("drop-table", Severity.WARNING,
            "DROP TABLE deletes table `customer` and every row in it.", "db/migration/V2__drop.sql",
            new Position(7, 5), new Position(8, 12), "DROP TABLE customer", "drop table customer",
            "fedcba9876543210fedcba9876543210");

    /** A note whose message and file hold every character the formats must escape. */
    static final Finding ODD = new Finding("unparsable-sql", Severity.NOTE,
            "100% odd: a, b\r\nnext line", "odd dir/a,b:c%.sql",
            new Position(1, 2), new Position(1, 9), "UPDATE t", "update t", "");

    static final String PROBLEM = "broken.sql: cannot read (AccessDeniedException)";

    static final ScanResult THREE = new ScanResult(List.of(DELETE, DROP, ODD), List.of(PROBLEM), 12, 57);

    static final ScanResult EMPTY = new ScanResult(List.of(), List.of(), 0, 0);

    private Fixtures() {
    }
}
