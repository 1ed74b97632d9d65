package io.github.sqlguard.scan;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SqlPiece;
import java.nio.file.Path;

/** Where a source puts what it reads from a file. */
public interface SourceSink {

    /** SQL to split, parse and check. */
    void piece(SqlPiece piece);

    /** A finding that is not about a SQL statement (a setting that wipes the database at start-up). */
    void finding(String ruleId, Position start, Position end, String snippet, String message);

    /** Something could not be read; one line, the scan goes on. */
    void problem(String message);

    /** Another file this one runs (a Liquibase include or sqlFile): scanned as a migration. */
    void reference(Path path);
}
