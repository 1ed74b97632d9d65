package io.github.sqlguard.bench;

import io.github.sqlguard.sql.ParseOutcome;
import io.github.sqlguard.sql.SqlParser;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one JSqlParser call on a short DELETE: {@code CCJSqlParserUtil.parse} (a new executor thread per call)
 * against sqlguard's {@link SqlParser} (same thread, shared watchdog), uncached so both parse every time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserCallBenchmark {

    private int counter;

    private String next() {
        return "DELETE FROM invoice WHERE id = " + (counter++) + " AND status = 'open'";
    }

    @Benchmark
    public Statement jsqlparserUtilParse() throws JSQLParserException {
        return CCJSqlParserUtil.parse(next());
    }

    @Benchmark
    public ParseOutcome sqlguardParser() {
        return new SqlParser(2_000).parse(next(), 1);
    }
}
