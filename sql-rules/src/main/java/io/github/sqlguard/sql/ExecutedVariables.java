package io.github.sqlguard.sql;

import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dynamic SQL held in a variable: the string literals assigned to a variable that the same code executes.
 *
 * <p>{@code SET @s = 'DROP TABLE x'; EXEC(@s)} and {@code EXEC sp_executesql @s} (T-SQL), {@code PREPARE st FROM @s}
 * (MySQL), {@code EXECUTE IMMEDIATE v_sql} (Oracle), {@code EXECUTE stmt} (PL/pgSQL). An assignment is
 * {@code SET v =}, {@code v :=}, {@code SELECT @v =}, or a declaration with {@code =}, {@code :=} or {@code DEFAULT};
 * every string literal of its value counts, so {@code CONCAT('DELETE FROM ', t)} gives {@code DELETE FROM}. A variable
 * that is only printed or compared is not executed, and its strings are left alone.
 */
final class ExecutedVariables {

    private ExecutedVariables() {
    }

    /** Words after {@code EXECUTE} that do not name a variable. */
    private static final Set<String> NOT_VARIABLES = Set.of(
            "IMMEDIATE", "FORMAT", "SP_EXECUTESQL", "PROCEDURE", "FUNCTION", "AS", "USING", "INTO", "SYS", "DBO");

    /** Words that end an assigned value in code without {@code ;} (T-SQL). */
    private static final Set<String> VALUE_ENDS = Words.BOUNDARIES;

    private static final int MAX_VALUE_TOKENS = 200;

    /**
     * Whether the text may hold such code at all: it names {@code EXEC}, or {@code PREPARE} and an {@code @}
     * variable. Searched through the rare letter {@code x} and the rare {@code @} first, which a script of PostgreSQL
     * migrations seldom holds.
     */
    static boolean mayHold(String text) {
        return containsExec(text, 'x') || containsExec(text, 'X')
                || (text.indexOf('@') >= 0 && containsIgnoreCase(text, "PREPARE"));
    }

    private static boolean containsExec(String text, char x) {
        for (int i = text.indexOf(x, 1); i >= 0; i = text.indexOf(x, i + 1)) {
            if (text.regionMatches(true, i - 1, "EXEC", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** The ranges inside the quotes of the literals assigned to executed variables, in order. */
    static List<int[]> literals(String text, List<Token> code) {
        Set<String> executed = executedNames(text, code);
        if (executed.isEmpty()) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            if (t.type() != Type.WORD || !executed.contains(name(text, t))) {
                continue;
            }
            int value = assignedValue(text, code, i);
            if (value < 0) {
                continue;
            }
            int depth = code.get(value - 1).depth();
            for (int j = value; j < code.size() && j < value + MAX_VALUE_TOKENS; j++) {
                Token v = code.get(j);
                if (v.depth() < depth || (v.depth() == depth && (v.isSymbol(text, ';')
                        || (j > value && Words.any(text, v, VALUE_ENDS))))) {
                    break;
                }
                if (v.type() == Type.STRING) {
                    int[] inside = BlockStatements.insideQuotes(text, v);
                    if (inside != null) {
                        ranges.add(inside);
                    }
                }
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        return ranges;
    }

    private static Set<String> executedNames(String text, List<Token> code) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < code.size(); i++) {
            Token t = code.get(i);
            if (t.isWord(text, "EXEC") || t.isWord(text, "EXECUTE")) {
                int j = i + 1;
                if (code.get(j).isWord(text, "IMMEDIATE")) {
                    j++;
                }
                if (j < code.size() && code.get(j).isSymbol(text, '(')) {
                    for (int k = j + 1; k < code.size() && code.get(k).depth() > code.get(j).depth(); k++) {
                        addVariable(text, code.get(k), names);
                    }
                } else if (j < code.size() && (text.charAt(code.get(j).start()) == '@' || j > i + 1
                        || !Words.any(text, code.get(j), NOT_VARIABLES))) {
                    addVariable(text, code.get(j), names);
                }
            } else if (t.isWord(text, "SP_EXECUTESQL")) {
                int j = i + 1;
                if (j + 2 < code.size() && code.get(j).isWord(text, "@STMT") && code.get(j + 1).isSymbol(text, '=')) {
                    j += 2;
                }
                addVariable(text, code.get(j), names);
            } else if (t.isWord(text, "PREPARE") && i + 3 < code.size() && code.get(i + 2).isWord(text, "FROM")) {
                addVariable(text, code.get(i + 3), names);
            }
        }
        return names;
    }

    private static void addVariable(String text, Token t, Set<String> names) {
        if (t.type() == Type.WORD && !Words.any(text, t, NOT_VARIABLES)) {
            names.add(name(text, t));
        }
    }

    /**
     * The index of the first token of the value assigned to the name at {@code i}, or -1 when it is not assigned
     * there: {@code name =}, {@code name :=}, {@code name type[(n)] :=|=|DEFAULT}.
     */
    private static int assignedValue(String text, List<Token> code, int i) {
        Token name = code.get(i);
        for (int j = i + 1; j < code.size() && j <= i + 8; j++) {
            Token t = code.get(j);
            if (t.isSymbol(text, ':') && j + 1 < code.size() && code.get(j + 1).isSymbol(text, '=')) {
                return j + 2 < code.size() ? j + 2 : -1;
            }
            if ((t.isSymbol(text, '=') || t.isWord(text, "DEFAULT")) && t.depth() == name.depth()) {
                boolean set = j == i + 1 && i > 0 && (code.get(i - 1).isWord(text, "SET")
                        || code.get(i - 1).isWord(text, "SELECT") || code.get(i - 1).isSymbol(text, ','));
                boolean declared = j > i + 1 || (i > 0 && code.get(i - 1).isWord(text, "DECLARE"));
                return (set || declared) && j + 1 < code.size() ? j + 1 : -1;
            }
            boolean typePart = t.type() == Type.WORD || t.type() == Type.NUMBER || t.isSymbol(text, '(')
                    || t.isSymbol(text, ')') || t.isSymbol(text, ',') && t.depth() > name.depth();
            if (!typePart || t.isSymbol(text, ';')) {
                return -1;
            }
        }
        return -1;
    }

    private static String name(String text, Token t) {
        return t.text(text).toUpperCase(Locale.ROOT);
    }

    private static boolean containsIgnoreCase(String text, String upper) {
        int n = upper.length();
        char first = upper.charAt(0);
        char lower = Character.toLowerCase(first);
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == lower) && text.regionMatches(true, i, upper, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
