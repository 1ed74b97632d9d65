package io.github.sqlguard.sql;

import io.github.sqlguard.core.SqlPiece;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * What JSqlParser made of a statement.
 *
 * @param ast     the parsed statement, or null
 * @param error   why it could not be parsed, or null when parsed or not attempted
 * @param errorAt where in the text handed to the parser it stopped reading, or -1 when that is not known
 */
public record ParseOutcome(Statement ast, String error, int errorAt) {

    public static final ParseOutcome NOT_ATTEMPTED = new ParseOutcome(null, null);

    public ParseOutcome(Statement ast, String error) {
        this(ast, error, -1);
    }

    public boolean parsed() {
        return ast != null;
    }

    public boolean failed() {
        return error != null;
    }

    /**
     * The index in {@code code} (a statement's code tokens in {@code text}) of the token the parser stopped at:
     * {@code code.size()} when it reached the end wanting more, -1 when not known. The parser read the statement
     * as {@link StatementReader#normalize} writes it, so the offsets are counted the same way.
     */
    public int stoppedAt(String text, List<Token> code) {
        if (errorAt < 0) {
            return -1;
        }
        int offset = 0;
        int previousEnd = -1;
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            if (previousEnd >= 0 && t.start() > previousEnd) {
                offset++;
            }
            offset += t.type() != Token.Type.PLACEHOLDER ? t.end() - t.start()
                    : text.startsWith("${", t.start()) ? SqlPiece.UNKNOWN_FRAGMENT.length() : 1;
            if (errorAt < offset) {
                return onlySemicolonsFrom(text, code, i) ? code.size() : i;
            }
            previousEnd = t.end();
        }
        return code.size();
    }

    private static boolean onlySemicolonsFrom(String text, List<Token> code, int from) {
        for (int i = from; i < code.size(); i++) {
            if (!code.get(i).isSymbol(text, ';')) {
                return false;
            }
        }
        return true;
    }
}
