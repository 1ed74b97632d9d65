package io.github.sqlguard.scan;

import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.sql.SqlStatement;
import java.util.List;

/** Told of each file a scan reads; called from the scan's threads, so it must be safe to call from several. */
@FunctionalInterface
public interface StatementListener {

    /**
     * @param file       the file
     * @param text       its text as the scan read it (UTF-8, BOM dropped)
     * @param statements every statement read from it, inner statements of blocks included
     */
    void read(SourceFile file, String text, List<SqlStatement> statements);
}
