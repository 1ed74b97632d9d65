package io.github.sqlguard.sql;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SqlPiece;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** One statement of a piece: where it stands, what it does, and what JSqlParser made of it. */
public final class SqlStatement {

    private final SqlPiece piece;
    private final int start;
    private final int end;
    private final boolean inner;
    private final StatementFacts facts;
    private final ParseOutcome parse;

    SqlStatement(SqlPiece piece, int start, int end, boolean inner, StatementFacts facts, ParseOutcome parse) {
        this.piece = piece;
        this.start = start;
        this.end = end;
        this.inner = inner;
        this.facts = facts;
        this.parse = parse;
    }

    public SqlPiece piece() {
        return piece;
    }

    /** The statement as written. */
    public String text() {
        return piece.text().substring(start, end);
    }

    /**
     * The statement as handed to the parser: one line, comments dropped, placeholders as {@code ?}; of a statement
     * longer than {@link StatementReader#MAX_READ_CHARS}, its first part. Derived again on each call rather than
     * kept, so that a script of many statements holds its text once.
     */
    public String sql() {
        List<Token> code = new ArrayList<>();
        StatementReader.lex(piece.text(), start, end, code);
        return StatementReader.normalize(piece.text(), code);
    }

    public StatementFacts facts() {
        return facts;
    }

    public Verb verb() {
        return facts.verb();
    }

    public ParseOutcome parse() {
        return parse;
    }

    /** True for a statement found inside a function, procedure or block body. */
    public boolean inner() {
        return inner;
    }

    public int startOffset() {
        return start;
    }

    public int endOffset() {
        return end;
    }

    public Position startPosition() {
        return piece.positions().at(start);
    }

    /** One past the last character. */
    public Position endPosition() {
        if (end <= start) {
            return startPosition();
        }
        return piece.positions().after(end - 1);
    }

    /**
     * The WHERE condition from the parse tree, or null when there is none, the statement did not parse, or its tree
     * was not kept (past {@link StatementReader#MAX_TREE_CHARS} in one piece).
     */
    public Expression whereExpression() {
        if (parse.ast() instanceof Delete delete) {
            return delete.getWhere();
        }
        if (parse.ast() instanceof Update update) {
            return update.getWhere();
        }
        return null;
    }
}
