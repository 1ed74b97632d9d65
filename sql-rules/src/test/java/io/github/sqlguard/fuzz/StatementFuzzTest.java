package io.github.sqlguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import java.util.List;
import java.util.Set;

/**
 * Statements and rules on arbitrary text, as a script and as one statement (the way Java and MyBatis hand SQL over):
 * reading, parsing and checking never throw and give well-formed findings.
 */
class StatementFuzzTest {

    private static final SourceFile SCRIPT = Fuzzing.file("db/migration/V1__fuzz.sql", SourceContext.MIGRATION);
    private static final SourceFile JAVA = Fuzzing.file("Dao.java", SourceContext.APPLICATION);

    @FuzzTest
    void script(byte[] input) {
        Fuzzing.check(List.of(SqlPiece.ofFile(Fuzzing.text(input), SCRIPT)));
    }

    @FuzzTest
    void singleStatement(byte[] input) {
        Fuzzing.check(List.of(new SqlPiece(Fuzzing.text(input), JAVA, PositionMap.fixed(new Position(3, 9)),
                Set.of(PieceFact.SINGLE_STATEMENT))));
    }
}
