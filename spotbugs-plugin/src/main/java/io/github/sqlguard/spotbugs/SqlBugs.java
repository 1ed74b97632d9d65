package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.engine.Engine;
import io.github.sqlguard.spotbugs.FoundSql.Found;
import io.github.sqlguard.sql.SqlStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.bcel.classfile.JavaClass;

/** The rule engine's findings on a class's SQL, as SpotBugs bug instances in piece order. */
final class SqlBugs {

    private final Engine engine = new Engine(Map.of());

    /** A finding and the index of the piece, so of the call, it is about. */
    private record Located(int piece, Finding finding) {
        static final Comparator<Located> ORDER = Comparator.comparingInt(Located::piece)
                .thenComparing(l -> l.finding().ruleId())
                .thenComparing(l -> l.finding().message());
    }

    /** Checks the SQL {@code pieces} of class {@code c} and hands each reported finding's bug to {@code report}. */
    void check(Detector detector, JavaClass c, SourceContext context, List<Found> pieces,
            Consumer<BugInstance> report) {
        String sourceFile = c.getSourceFileName() == null ? c.getClassName() + ".java" : c.getSourceFileName();
        String pkg = c.getPackageName();
        String display = pkg.isEmpty() ? sourceFile : pkg.replace('.', '/') + "/" + sourceFile;
        SourceFile file = new SourceFile(Path.of(sourceFile), display, context);
        Map<SqlPiece, Integer> indexes = new IdentityHashMap<>();
        List<SqlStatement> statements = new ArrayList<>();
        List<Located> located = new ArrayList<>();
        try {
            for (Found f : pieces) {
                Position at = new Position(Math.max(1, f.site().line()), 1);
                SqlPiece piece = new SqlPiece(f.sql(), file, PositionMap.fixed(at), f.facts(), f.suppressed());
                piece = f.call() == null ? piece : piece.ranBy(f.call());
                indexes.put(piece, indexes.size());
                statements.addAll(engine.read(piece));
            }
            engine.check(statements, (statement, finding) -> {
                if (BugTypes.reported(finding.ruleId())) {
                    located.add(new Located(indexes.get(statement.piece()), finding));
                }
            });
        } catch (RuntimeException e) {
            AnalysisContext.logError("sqlguard could not check the SQL of " + c.getClassName(), e);
            return;
        }
        located.sort(Located.ORDER);
        for (Located l : located) {
            report.accept(bug(detector, pieces.get(l.piece()).site(), l.finding()));
        }
    }

    private static BugInstance bug(Detector detector, Site site, Finding finding) {
        return new BugInstance(detector, BugTypes.of(finding.ruleId()), BugTypes.priority(finding.severity()))
                .addClassAndMethod(site.method())
                .addString(finding.snippet())
                .addString(finding.message())
                .addSourceLine(site.sourceLine());
    }
}
