package io.github.sqlguard.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser with a bounded time per statement, a cache per distinct SQL string, and none of
 * {@code CCJSqlParserUtil.parse}'s cost of a new thread per call: the parse runs on the caller's thread and one
 * shared watchdog thread sets the parser's {@code interrupted} flag when the time is up.
 */
public final class SqlParser {

    /** Deeper nesting than this is not handed to JSqlParser: it gets slow and overflows the stack. */
    static final int MAX_NESTING = 100;

    /**
     * Longer statements are not handed to JSqlParser: its tokens and tree take about 50 bytes per character, so one
     * generated megabyte-long UPDATE would need more memory than the whole scan is given, before the time limit hits.
     */
    static final int MAX_LENGTH = 200_000;

    /** The cache holds parse trees for at most this many characters of SQL in all. */
    static final long MAX_CACHED_CHARS = 500_000;

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
    private static final Pattern LEXICAL_ERROR_AT = Pattern.compile("line (\\d+), column (\\d+)");

    private final long timeoutMillis;
    private final Map<String, ParseOutcome> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedChars = new AtomicLong();

    public SqlParser(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses one statement (already normalized: no comments, placeholders as {@code ?}). */
    public ParseOutcome parse(String sql, int nestingDepth) {
        if (nestingDepth > MAX_NESTING) {
            return new ParseOutcome(null, "nested more than " + MAX_NESTING + " levels deep");
        }
        if (sql.length() > MAX_LENGTH) {
            return new ParseOutcome(null, "longer than " + MAX_LENGTH + " characters");
        }
        ParseOutcome cached = cache.get(sql);
        if (cached != null) {
            return cached;
        }
        ParseOutcome outcome = parseUncached(sql);
        if (cachedChars.get() + sql.length() <= MAX_CACHED_CHARS && cache.putIfAbsent(sql, outcome) == null) {
            cachedChars.addAndGet(sql.length());
        }
        return outcome;
    }

    /** Characters of SQL whose outcomes the cache holds. */
    long cachedChars() {
        return cachedChars.get();
    }

    private ParseOutcome parseUncached(String sql) {
        ParseOutcome simple = attempt(sql, false, false);
        if (simple.parsed() || simple.error().startsWith("timed out")) {
            return simple;
        }
        ParseOutcome complex = attempt(sql, true, false);
        if (complex.parsed() || sql.indexOf('[') < 0) {
            return complex.parsed() ? complex : simple;
        }
        ParseOutcome brackets = attempt(sql, true, true);
        return brackets.parsed() ? brackets : simple;
    }

    private ParseOutcome attempt(String sql, boolean complex, boolean squareBrackets) {
        CCJSqlParser parser = new CCJSqlParser(new StringProvider(sql))
                .withAllowComplexParsing(complex)
                .withSquareBracketQuotation(squareBrackets);
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            parser.interrupted = true;
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            Statement statement = parser.Statement();
            if (parser.interrupted) {
                return timedOut();
            }
            var next = parser.getNextToken();
            if (next.kind != CCJSqlParserConstants.EOF) {
                return new ParseOutcome(null, "text after the end of the statement",
                        offset(sql, next.beginLine, next.beginColumn));
            }
            return statement == null ? new ParseOutcome(null, "empty statement") : new ParseOutcome(statement, null);
        } catch (StackOverflowError e) {
            return new ParseOutcome(null, "nested too deeply");
        } catch (Exception | Error e) {
            if (parser.interrupted) {
                return timedOut();
            }
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
            return notUnderstood(sql, e);
        } finally {
            alarm.cancel(false);
        }
    }

    private ParseOutcome timedOut() {
        return new ParseOutcome(null, "timed out after " + timeoutMillis + " ms");
    }

    /**
     * The parser's own message names its grammar's tokens and positions in the one-line text it was given, which
     * mean nothing to a reader: only where it stopped is kept, for the rules to show in the statement's own words.
     */
    private static ParseOutcome notUnderstood(String sql, Throwable e) {
        int at = -1;
        if (e instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            var stop = pe.currentToken.next;
            at = stop.kind == CCJSqlParserConstants.EOF ? sql.length() : offset(sql, stop.beginLine, stop.beginColumn);
        } else if (e.getMessage() != null) {
            Matcher m = LEXICAL_ERROR_AT.matcher(e.getMessage());
            if (m.find()) {
                at = offset(sql, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        return new ParseOutcome(null, "syntax not understood", at);
    }

    /** The offset of a 1-based line and column as the parser counts them: a tab is one column. */
    static int offset(String sql, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start < sql.length(); l++) {
            int lf = sql.indexOf('\n', start);
            int cr = sql.indexOf('\r', start);
            int next = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (next < 0) {
                return sql.length();
            }
            start = sql.startsWith("\r\n", next) ? next + 2 : next + 1;
        }
        return Math.max(0, Math.min(sql.length(), start + column - 1));
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sqlguard-parse-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
