package io.github.sqlguard.core;

import java.nio.file.Path;

/** Where a source puts what it reads from a file: SQL, settings, problems and references to other files. */
public interface SourceOutput {

    /** SQL to split, parse and check. */
    void piece(SqlPiece piece);

    /** The settings of a configuration file, for the rules that judge settings. */
    void settings(Settings settings);

    /** Something could not be read; one line, the scan goes on. */
    void problem(String message);

    /** Another file this one runs (a Liquibase include or sqlFile): scanned as a migration. */
    void reference(Path path);
}
