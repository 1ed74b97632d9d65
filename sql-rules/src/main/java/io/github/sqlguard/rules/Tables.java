package io.github.sqlguard.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Table names as messages show them. */
final class Tables {

    private Tables() {
    }

    static String quote(String table) {
        return "`" + (table.equals(io.github.sqlguard.core.SqlPiece.UNKNOWN_FRAGMENT) || table.contains(
                io.github.sqlguard.core.SqlPiece.UNKNOWN_FRAGMENT) ? table.replace(
                        io.github.sqlguard.core.SqlPiece.UNKNOWN_FRAGMENT, "<dynamic>") : table) + "`";
    }

    static String list(List<String> tables) {
        return tables.stream().map(Tables::quote).collect(Collectors.joining(", "));
    }
}
