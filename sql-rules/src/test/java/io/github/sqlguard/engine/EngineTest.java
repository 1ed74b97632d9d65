package io.github.sqlguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.SqlStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final SourceFile APP = new SourceFile(Path.of("Dao.java"), "Dao.java", SourceContext.APPLICATION);
    private final Engine engine = new Engine(Map.of());

    @Test
    void eachFindingComesWithTheStatementAndSoThePieceItIsAbout() {
        SqlPiece drop = SqlPiece.ofFile("DROP TABLE a", APP);
        SqlPiece select = SqlPiece.ofFile("SELECT 1", APP);
        SqlPiece delete = SqlPiece.ofFile("DELETE FROM b", APP);
        Map<SqlPiece, String> names = new IdentityHashMap<>(Map.of(drop, "drop", select, "select", delete, "delete"));
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlPiece p : List.of(drop, select, delete)) {
            statements.addAll(engine.read(p));
        }
        List<String> found = new ArrayList<>();

        engine.check(statements, (statement, f) -> found.add(names.get(statement.piece()) + " " + f.ruleId()));

        assertThat(found).containsExactly("drop drop-table", "delete delete-without-where");
    }

    @Test
    void aRuleSwitchedOffFindsNothingAndALevelReplacesTheDefault() {
        Engine configured = new Engine(Map.of("drop-table", Optional.empty(),
                "delete-without-where", Optional.of(Severity.WARNING)));

        List<Finding> findings = configured.checkPieces(List.of(SqlPiece.ofFile("DROP TABLE a;\nDELETE FROM b;", APP)));

        assertThat(findings).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("delete-without-where", Severity.WARNING));
        assertThat(configured.severity("drop-table", SourceContext.TEST)).isEqualTo(Severity.NOTE);
    }

    @Test
    void aPieceThatStandsForALibraryCallIsShownAndWordedAsTheCall() {
        SqlPiece piece = SqlPiece.ofFile("DELETE FROM orders", APP)
                .ranBy(new LibraryCall("orders.deleteAll()", "the table behind `OrderRepository`",
                        "pass the entities or ids to delete"));

        List<Finding> findings = engine.checkPieces(List.of(piece));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.snippet()).isEqualTo("orders.deleteAll()");
            assertThat(f.message()).isEqualTo("`orders.deleteAll()` deletes every row of the table behind"
                    + " `OrderRepository`; pass the entities or ids to delete, or suppress with a reason.");
        });
    }

    @Test
    void settingsAreJudgedBySettingRulesAndSuppressionsBySuppressionRules() {
        Setting ddl = new Setting("spring.jpa.hibernate.ddl-auto", "create-drop", new Position(3, 1),
                new Position(3, 41));
        List<Finding> settings = engine.check(new Settings(APP, List.of(ddl), Map.of()));
        assertThat(settings).extracting(Finding::ruleId).containsExactly("destructive-schema-setting");
        assertThat(settings.get(0).statementKey()).isEqualTo("destructive-schema-setting:"
                + "spring.jpa.hibernate.ddl-auto=create-drop");

        List<Finding> kept = engine.suppress("-- sqlguard:ignore drop-table\nSELECT 1;\n", List.of(), APP);
        assertThat(kept).extracting(Finding::ruleId).containsExactly("unused-suppression");
    }

    @Test
    void aSuppressionOfARuleTheRunSwitchedOffIsNotStale() {
        String text = "-- sqlguard:ignore drop-table kept for the archive\nDROP TABLE old_orders;\n";
        Engine withoutDropTable = new Engine(Map.of("drop-table", Optional.empty()));

        assertThat(withoutDropTable.suppress(text, List.of(), APP)).isEmpty();
        assertThat(engine.suppress(text, List.of(), APP)).extracting(Finding::message).singleElement()
                .asString().contains("matches no finding");
    }

    @Test
    void markersOutsideWhatTheSourceCallsCommentsSuppressNothing() {
        String text = "-- sqlguard:ignore drop-table a reason\nDROP TABLE t;\n";
        List<Finding> drop = engine.checkPieces(List.of(SqlPiece.ofFile(text, APP)));

        assertThat(engine.suppress(text, drop, APP, offset -> false)).extracting(Finding::ruleId)
                .containsExactly("drop-table");
        assertThat(engine.suppress(text, drop, APP, offset -> true)).isEmpty();
    }

    @Test
    void aLibraryCallIsCutToAReadableLength() {
        LibraryCall call = new LibraryCall("dsl.deleteFrom(" + "X".repeat(500) + ")\n  .execute()", "t", "a");

        assertThat(call.call()).hasSize(LibraryCall.MAX_CALL).endsWith("...").doesNotContain("\n");
    }
}
