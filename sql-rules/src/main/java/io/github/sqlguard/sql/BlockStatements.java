package io.github.sqlguard.sql;

import io.github.sqlguard.sql.BlockHead.Kind;
import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the statements inside procedural blocks, for {@link StatementSplitter#inner(String, Span)}.
 *
 * <p>Work items go on a queue instead of the call stack, so blocks nested in strings nested in blocks cannot
 * overflow it: a block is reduced to its body; a body is read statement by statement; the string of a dynamic
 * {@code EXECUTE} and the body of a nested {@code CREATE FUNCTION} become new work items.
 */
final class BlockStatements {

    private enum Work {
        /** A whole block statement: find its body. */
        BLOCK,
        /** A body: a sequence of statements and control flow. */
        BODY,
        /** The text of a dynamic SQL string: a script of its own. */
        SCRIPT
    }

    private record Item(Work work, int from, int to) {
    }

    private final String text;
    private final ArrayDeque<Item> work = new ArrayDeque<>();
    private final List<Span> found = new ArrayList<>();

    private BlockStatements(String text) {
        this.text = text;
    }

    static List<Span> inner(String text, Span block) {
        if (text == null || block == null || !block.block()) {
            return List.of();
        }
        int from = Math.max(0, Math.min(block.start(), text.length()));
        int to = Math.max(from, Math.min(block.end(), text.length()));
        BlockStatements scanner = new BlockStatements(text);
        scanner.work.add(new Item(Work.BLOCK, from, to));
        scanner.run();
        scanner.found.sort(Comparator.comparingInt(Span::start));
        return scanner.found;
    }

    private void run() {
        Item item;
        while ((item = work.poll()) != null) {
            switch (item.work()) {
                case BLOCK -> block(item.from(), item.to());
                case BODY -> new Body(item.from(), item.to()).read();
                case SCRIPT -> script(item.from(), item.to());
            }
        }
    }

    private void script(int from, int to) {
        for (Span s : StatementSplitter.split(text, from, to)) {
            if (s.block()) {
                found.add(s);
                work.add(new Item(Work.BLOCK, s.start(), s.end()));
            } else {
                work.add(new Item(Work.BODY, s.start(), s.end()));
            }
        }
    }

    /** Finds where the body of a block statement starts and queues it. */
    private void block(int from, int to) {
        List<Token> tokens = SqlLexer.code(text, from, to);
        if (tokens.isEmpty()) {
            return;
        }
        BlockHead head = BlockHead.classify(text, tokens.subList(0, Math.min(tokens.size(), BlockHead.MAX_TOKENS)),
                true);
        Kind kind = head.kind();
        switch (kind) {
            case PLAIN -> {
            }
            case BEGIN, DECLARE, CONTROL -> body(tokens.get(0).start(), to);
            case RULE -> ruleCommands(tokens, head, to);
            case DO -> {
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i).type() == Type.STRING) {
                        queueStringBody(tokens.get(i), Work.BODY);
                        return;
                    }
                }
            }
            default -> routineBody(tokens, head, to);
        }
    }

    /** The body of a routine, trigger, event or package, found with the same rules the splitter uses. */
    private void routineBody(List<Token> tokens, BlockHead head, int to) {
        Kind kind = head.kind();
        int base = tokens.get(0).depth();
        boolean statementSeen = false;
        boolean triggerClauseSeen = false;
        for (int i = head.kindIndex() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() != Type.WORD || t.depth() > base) {
                continue;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (t.isWord(text, "BEGIN")) {
                Token second = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
                if (BlockHead.beginOpensBlock(text, next, second)) {
                    body(t.start(), to);
                    return;
                }
            } else if (t.isWord(text, "DECLARE")) {
                body(t.start(), to);
                return;
            } else if ((t.isWord(text, "AS") || t.isWord(text, "IS"))
                    && (kind == Kind.PACKAGE
                    || (kind == Kind.ROUTINE && !statementSeen)
                    || (kind == Kind.TRIGGER && !triggerClauseSeen))) {
                if (next != null && next.type() == Type.STRING) {
                    queueStringBody(next, Work.BODY);
                } else if (next != null) {
                    body(next.start(), to);
                }
                return;
            } else if (kind == Kind.ROUTINE && Words.any(text, t, Words.SINGLE_STATEMENT_BODY)) {
                statementSeen = true;
                body(t.start(), to);
                return;
            } else if (kind == Kind.TRIGGER && t.isWord(text, "REFERENCING")) {
                triggerClauseSeen = true;
            } else if (kind == Kind.TRIGGER && t.isWord(text, "EACH") && next != null) {
                triggerClauseSeen = true;
                int j = afterTriggerClauses(tokens, i + 2, base);
                if (j < tokens.size()) {
                    body(tokens.get(j).start(), to);
                }
                return;
            } else if (kind == Kind.TRIGGER && t.isWord(text, "COMPOUND")
                    && next != null && next.isWord(text, "TRIGGER")) {
                if (i + 2 < tokens.size()) {
                    body(tokens.get(i + 2).start(), to);
                }
                return;
            } else if (kind == Kind.EVENT && t.isWord(text, "DO")) {
                if (next != null) {
                    body(next.start(), to);
                }
                return;
            }
        }
    }

    /** The commands after {@code DO [ALSO|INSTEAD]}: one statement, or several in parentheses. */
    private void ruleCommands(List<Token> tokens, BlockHead head, int to) {
        int base = tokens.get(0).depth();
        for (int i = head.kindIndex() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() != base || !t.isWord(text, "DO")) {
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && (tokens.get(j).isWord(text, "ALSO") || tokens.get(j).isWord(text, "INSTEAD"))) {
                j++;
            }
            if (j >= tokens.size()) {
                return;
            }
            Token first = tokens.get(j);
            if (!first.isSymbol(text, '(')) {
                body(first.start(), to);
                return;
            }
            int k = j + 1;
            while (k < tokens.size() && !(tokens.get(k).depth() == base && tokens.get(k).isSymbol(text, ')'))) {
                k++;
            }
            body(first.end(), k < tokens.size() ? tokens.get(k).start() : to);
            return;
        }
    }

    /** Skips MySQL's {@code FOLLOWS|PRECEDES other} and a {@code WHEN (condition)} after {@code FOR EACH ROW}. */
    private int afterTriggerClauses(List<Token> tokens, int i, int base) {
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isWord(text, "FOLLOWS") || t.isWord(text, "PRECEDES")) {
                i += 2;
                while (i + 1 < tokens.size() && tokens.get(i).isSymbol(text, '.')) {
                    i += 2;
                }
            } else if (t.isWord(text, "WHEN") && i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(text, '(')) {
                i += 2;
                while (i < tokens.size() && tokens.get(i).depth() > base) {
                    i++;
                }
                if (i < tokens.size() && tokens.get(i).isSymbol(text, ')')) {
                    i++;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    private void body(int from, int to) {
        if (from < to) {
            work.add(new Item(Work.BODY, from, to));
        }
    }

    /** Queues the inside of a string literal: between the dollar tags, or between the quotes. */
    private void queueStringBody(Token string, Work what) {
        int[] inside = insideQuotes(text, string);
        if (inside != null) {
            work.add(new Item(what, inside[0], inside[1]));
        }
    }

    /** The offsets between the dollar tags or the quotes of a string literal, or null when it is empty. */
    static int[] insideQuotes(String text, Token string) {
        int start = string.start();
        int end = string.end();
        int from;
        int to;
        if (text.charAt(start) == '$') {
            int tagEnd = text.indexOf('$', start + 1) + 1;
            int tagLength = tagEnd - start;
            from = tagEnd;
            to = string.unterminated() ? end : end - tagLength;
        } else {
            from = text.indexOf('\'', start) + 1;
            to = string.unterminated() ? end : end - 1;
        }
        return from > start && from < to ? new int[] {from, to} : null;
    }

    /** Reads one body: splits it at {@code ;} and at T-SQL statement boundaries, and keeps the verb statements. */
    private final class Body {
        private final List<Token> tokens;
        private int base;
        private boolean atStart = true;
        /** The first word of the statement being read, upper case, or "" before one. */
        private String context = "";
        private int verbFirst = -1;
        private int verbLast = -1;
        private int caseDepth;
        /** UPDATE: its SET was seen. INSERT: its VALUES, SELECT, SET or EXEC was seen. WITH: its main verb. */
        private boolean clauseSeen;

        Body(int from, int to) {
            this.tokens = SqlLexer.code(text, from, to);
            this.base = tokens.isEmpty() ? 0 : tokens.get(0).depth();
        }

        void read() {
            for (int[] literal : ExecutedVariables.literals(text, tokens)) {
                work.add(new Item(Work.SCRIPT, literal[0], literal[1]));
            }
            int n = tokens.size();
            int i = 0;
            while (i < n) {
                Token t = tokens.get(i);
                if (t.isSymbol(text, ';')) {
                    closeVerb();
                    atStart = true;
                    context = "";
                    base = t.depth();
                    i++;
                    continue;
                }
                if (verbFirst >= 0) {
                    if (continuesVerb(i)) {
                        verbLast = i;
                        i++;
                        continue;
                    }
                    closeVerb();
                    atStart = true;
                }
                i = atStart ? statementStart(i) : control(i);
            }
            closeVerb();
        }

        /** Whether token {@code i} belongs to the verb statement being read. */
        private boolean continuesVerb(int i) {
            Token t = tokens.get(i);
            if (t.type() != Type.WORD || t.depth() != base) {
                return true;
            }
            if (t.isWord(text, "CASE")) {
                if (!isWord(at(i - 1), "END")) {
                    caseDepth++;
                }
                return true;
            }
            if (caseDepth > 0) {
                if (t.isWord(text, "END")) {
                    caseDepth--;
                }
                return true;
            }
            String w = Words.upper(text, t);
            if (w.equals("BEGIN") || w.equals("END") || w.equals("ELSE") || w.equals("LOOP")) {
                return false;
            }
            if (!Words.BOUNDARIES.contains(w)) {
                if (context.equals("INSERT") && (w.equals("VALUES") || w.equals("DEFAULT"))) {
                    clauseSeen = true;
                }
                return true;
            }
            if (partOfVerbStatement(i, w)) {
                return true;
            }
            return continues(i, w);
        }

        /** Statement words that are clauses of the statement being read. */
        private boolean partOfVerbStatement(int i, String w) {
            switch (context) {
                case "UPDATE" -> {
                    if (w.equals("SET") && !clauseSeen) {
                        clauseSeen = true;
                        return true;
                    }
                }
                case "INSERT" -> {
                    if (!clauseSeen && (w.equals("SELECT") || w.equals("WITH") || w.equals("SET")
                            || w.equals("EXEC") || w.equals("EXECUTE"))) {
                        clauseSeen = true;
                        return true;
                    }
                }
                case "WITH" -> {
                    if (!clauseSeen && (w.equals("SELECT") || w.equals("INSERT") || w.equals("UPDATE")
                            || w.equals("DELETE") || w.equals("MERGE"))) {
                        context = w;
                        clauseSeen = false;
                        return true;
                    }
                }
                case "ALTER" -> {
                    if (w.equals("ALTER") || w.equals("SET")) {
                        return true;
                    }
                    if (w.equals("DROP")) {
                        return !Words.any(text, at(i + 1), Words.DROPPABLE_OBJECTS);
                    }
                }
                case "CREATE" -> {
                    if (w.equals("SET") || w.equals("EXEC") || w.equals("EXECUTE")) {
                        return true;
                    }
                    if ((w.equals("DROP") || w.equals("DELETE")) && isWord(at(i - 1), "COMMIT")) {
                        return true;
                    }
                }
                default -> {
                }
            }
            return false;
        }

        /**
         * Whether statement word {@code w} at {@code i} goes on the statement before it rather than starting one:
         * after an operator, a comma or a word that needs more ({@code ON DELETE}, {@code FOR UPDATE},
         * {@code UNION SELECT}), for {@code IF EXISTS name} and for {@code WITH} that is not a common table
         * expression.
         */
        private boolean continues(int i, String w) {
            if (w.equals("IF") && ifExistsName(i)) {
                return true;
            }
            if (w.equals("WITH") && !startsCommonTableExpression(i)) {
                return true;
            }
            Token prev = at(i - 1);
            if (prev == null) {
                return false;
            }
            switch (prev.type()) {
                case SYMBOL:
                    return !prev.isSymbol(text, ')');
                case WORD: {
                    String p = Words.upper(text, prev);
                    if (context.equals("SET") && (p.equals("ON") || p.equals("OFF"))) {
                        return false;
                    }
                    if (p.equals("IN") && Words.CHANGES.contains(w) && isWord(at(i - 3), "FOR")) {
                        return false;
                    }
                    return Words.EXPECTING_MORE.contains(p);
                }
                default:
                    return false;
            }
        }

        /** {@code IF [NOT] EXISTS name} of DDL, not T-SQL's {@code IF EXISTS (SELECT ...)}. */
        private boolean ifExistsName(int i) {
            int j = i + 1;
            if (isWord(at(j), "NOT")) {
                j++;
            }
            if (!isWord(at(j), "EXISTS")) {
                return false;
            }
            Token after = at(j + 1);
            return after != null && !after.isSymbol(text, '(');
        }

        /** {@code WITH [RECURSIVE] name AS (} or {@code WITH name (columns)}. */
        private boolean startsCommonTableExpression(int i) {
            int j = i + 1;
            if (isWord(at(j), "RECURSIVE")) {
                j++;
            }
            Token name = at(j);
            Token after = at(j + 1);
            if (name == null || after == null) {
                return false;
            }
            boolean isName = name.type() == Type.QUOTED_NAME || name.type() == Type.WORD;
            return isName && (isWord(after, "AS") || after.isSymbol(text, '('));
        }

        /** At a place where a statement can start; returns the index to go on from. */
        private int statementStart(int i) {
            Token t = tokens.get(i);
            if (isLabel(i)) {
                return i + 5;
            }
            if (t.type() == Type.WORD && at(i + 1) != null && at(i + 1).isSymbol(text, ':')
                    && !(at(i + 2) != null && at(i + 2).isSymbol(text, '='))
                    && at(i + 1).start() == t.end()) {
                return i + 2;
            }
            String w = Words.upper(text, t);
            atStart = false;
            context = w;
            if (Words.VERBS.contains(w)) {
                verbFirst = i;
                verbLast = i;
                caseDepth = 0;
                clauseSeen = false;
                return i + 1;
            }
            if (w.equals("EXEC") || w.equals("EXECUTE")) {
                return dynamicSql(i);
            }
            if (w.equals("EXPLAIN")) {
                return explain(i);
            }
            if (w.equals("PREPARE")) {
                return prepare(i);
            }
            if (Words.CONTROL_OPENERS.contains(w)) {
                atStart = true;
                context = "";
            }
            return i + 1;
        }

        /** Inside control flow ({@code IF x > 0}, {@code v := 1}, {@code SET NOCOUNT ON}). */
        private int control(int i) {
            Token t = tokens.get(i);
            if (t.type() != Type.WORD || t.depth() != base) {
                return i + 1;
            }
            String w = Words.upper(text, t);
            if (Words.CONTROL_OPENERS.contains(w)) {
                atStart = true;
                context = "";
                return i + 1;
            }
            if (Words.BOUNDARIES.contains(w) && !continues(i, w)) {
                atStart = true;
                return i;
            }
            return i + 1;
        }

        /** {@code EXECUTE [IMMEDIATE] 'sql'}, {@code EXEC('sql')}, {@code EXEC sp_executesql N'sql'}. */
        private int dynamicSql(int i) {
            for (int j = i + 1; j < tokens.size() && j <= i + 7; j++) {
                Token t = tokens.get(j);
                if (t.type() == Type.STRING) {
                    queueStringBody(t, Work.SCRIPT);
                    return j + 1;
                }
                boolean skippable = t.isSymbol(text, '(') || t.isSymbol(text, '.') || t.isSymbol(text, '=')
                        || Words.any(text, t, Words.BEFORE_DYNAMIC_SQL);
                if (!skippable) {
                    break;
                }
            }
            return i + 1;
        }

        /**
         * {@code EXPLAIN ANALYZE stmt} and {@code EXPLAIN (ANALYZE) stmt} run the statement: it is read from its
         * verb on. A plain {@code EXPLAIN} only plans it: the statement is skipped.
         */
        private int explain(int i) {
            int j = i + 1;
            boolean analyze = false;
            if (isSymbol(at(j), '(')) {
                int depth = tokens.get(j).depth();
                for (j++; j < tokens.size() && !(tokens.get(j).depth() == depth && isSymbol(at(j), ')')); j++) {
                    Token t = tokens.get(j);
                    if (t.isWord(text, "ANALYZE") || t.isWord(text, "ANALYSE")) {
                        Token value = at(j + 1);
                        analyze = value == null || !(isWord(value, "FALSE") || isWord(value, "OFF")
                                || (value.type() == Type.NUMBER && text.charAt(value.start()) == '0'));
                    }
                }
                j++;
            } else {
                while (isWord(at(j), "ANALYZE") || isWord(at(j), "ANALYSE") || isWord(at(j), "VERBOSE")) {
                    analyze = analyze || !isWord(at(j), "VERBOSE");
                    j++;
                }
            }
            if (analyze) {
                atStart = true;
                return j;
            }
            while (j < tokens.size() && !(isSymbol(at(j), ';') && tokens.get(j).depth() == base)) {
                j++;
            }
            return j;
        }

        /** {@code PREPARE s FROM 'sql'} (MySQL) reads the string; {@code PREPARE s [(types)] AS stmt} the statement. */
        private int prepare(int i) {
            int j = i + 2;
            if (isSymbol(at(j), '(')) {
                int depth = tokens.get(j).depth();
                while (j < tokens.size() && !(tokens.get(j).depth() == depth && isSymbol(at(j), ')'))) {
                    j++;
                }
                j++;
            }
            if (isWord(at(j), "AS")) {
                atStart = true;
                return j + 1;
            }
            if (isWord(at(j), "FROM") && at(j + 1) != null && at(j + 1).type() == Type.STRING) {
                queueStringBody(at(j + 1), Work.SCRIPT);
                return j + 2;
            }
            return i + 1;
        }

        private boolean isLabel(int i) {
            Token name = at(i + 2);
            return tokens.get(i).isSymbol(text, '<') && isSymbol(at(i + 1), '<')
                    && name != null && name.type() == Type.WORD
                    && isSymbol(at(i + 3), '>') && isSymbol(at(i + 4), '>');
        }

        private void closeVerb() {
            if (verbFirst < 0) {
                return;
            }
            Token first = tokens.get(verbFirst);
            Token last = tokens.get(verbLast);
            int headEnd = Math.min(verbLast + 1, verbFirst + BlockHead.MAX_TOKENS);
            BlockHead head = BlockHead.classify(text, tokens.subList(verbFirst, headEnd), true);
            boolean nested = head.kind().isBlock() && !first.isWord(text, "ALTER");
            found.add(new Span(first.start(), last.end(), nested));
            if (nested) {
                work.add(new Item(Work.BLOCK, first.start(), last.end()));
            }
            verbFirst = -1;
            verbLast = -1;
        }

        private Token at(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        private boolean isWord(Token t, String w) {
            return t != null && t.isWord(text, w);
        }

        private boolean isSymbol(Token t, char c) {
            return t != null && t.isSymbol(text, c);
        }
    }
}
