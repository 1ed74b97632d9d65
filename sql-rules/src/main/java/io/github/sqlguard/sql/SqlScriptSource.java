package io.github.sqlguard.sql;

import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import java.util.BitSet;
import java.util.function.IntPredicate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Plain, Flyway and Liquibase formatted {@code .sql} scripts. */
public final class SqlScriptSource implements Source {

    private static final Pattern FORMATTED = Pattern.compile("(?i)^\\s*--\\s*liquibase\\s+formatted\\s+sql");

    @Override
    public boolean accepts(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public boolean isMigration(String fileName, String text) {
        return FORMATTED.matcher(text).lookingAt();
    }

    @Override
    public void read(SourceFile file, String text, SourceOutput out) {
        out.piece(SqlPiece.ofFile(text, file));
    }

    /** Markers in comments only: {@code SELECT 'sqlguard:ignore drop-table'} suppresses nothing. */
    @Override
    public IntPredicate suppressionsAt(String text) {
        BitSet comments = new BitSet(text.length());
        for (Token t : SqlLexer.tokenize(text)) {
            if (t.type() == Token.Type.COMMENT) {
                comments.set(t.start(), t.end());
            }
        }
        return comments::get;
    }
}
