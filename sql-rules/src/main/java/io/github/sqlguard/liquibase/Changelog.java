package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.SqlPiece;
import java.nio.file.Path;
import java.util.List;

/**
 * What a Liquibase changelog contributes to a scan.
 *
 * @param pieces     the SQL of its changes, synthesized or copied from {@code sql} bodies, in file order
 * @param references existing files it includes or runs ({@code include}, {@code includeAll}, {@code sqlFile})
 * @param problems   one-line messages {@code path:line: reason} about what could not be read
 */
public record Changelog(List<SqlPiece> pieces, List<Path> references, List<String> problems) {

    public Changelog {
        pieces = List.copyOf(pieces);
        references = List.copyOf(references);
        problems = List.copyOf(problems);
    }
}
