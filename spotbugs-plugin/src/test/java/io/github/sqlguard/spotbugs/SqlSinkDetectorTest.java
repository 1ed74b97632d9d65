package io.github.sqlguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.StringAnnotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detector on compiled sample classes, run by SpotBugs' test harness: each bad sample reports exactly the bug
 * types at the lines its source marks, each good sample reports no sqlguard bug.
 */
class SqlSinkDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"JdbcBad", "SpringJdbcBad", "JpaHibernateBad", "JdbiJooqBad", "RepositoryBad",
        "FoldingBad", "FallbackBad", "SuppressedSamples", "RulesBad", "V2__Cleanup", "FormatIndexBad", "OrmCallsBad",
        "BuilderChainsBad"})
    void badSampleReportsTheMarkedBugTypesAtTheMarkedLines(String sample) {
        List<String> expected = Samples.expected(sample);
        assertThat(expected).isNotEmpty();
        assertThat(Samples.bugsIn(sample).stream().map(Samples::key).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JdbcGood", "SpringJdbcGood", "JpaHibernateGood", "JdbiJooqGood", "RepositoryGood",
        "FoldingGood", "FallbackGood", "OrmCallsGood", "BuilderChainsGood"})
    void goodSampleReportsNoSqlguardBug(String sample) {
        assertThat(Samples.expected(sample)).isEmpty();
        assertThat(Samples.bugsIn(sample).stream().map(Samples::key).toList()).isEmpty();
    }

    @Test
    void everySampleIsChecked() {
        List<String> checked = List.of("JdbcBad", "SpringJdbcBad", "JpaHibernateBad", "JdbiJooqBad", "RepositoryBad",
                "FoldingBad", "FallbackBad", "SuppressedSamples", "RulesBad", "V2__Cleanup", "JdbcGood",
                "SpringJdbcGood", "JpaHibernateGood", "JdbiJooqGood", "RepositoryGood", "FoldingGood",
                "FallbackGood", "FormatIndexBad", "OrmCallsBad", "OrmCallsGood", "BuilderChainsBad",
                "BuilderChainsGood");
        assertThat(Samples.classFiles().stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.contains("$")).map(n -> n.substring(0, n.length() - ".class".length())).toList())
                .containsExactlyInAnyOrderElementsOf(checked);
    }

    @Test
    void aFormatIndexNoIntHoldsLosesNoOtherFindingOfTheClass() {
        assertThat(Samples.bugsIn("FormatIndexBad").stream().map(b -> b.getPrimaryMethod().getMethodName()))
                .contains("truncate");
    }

    @Test
    void priorityFollowsSeverityAndContext() {
        assertThat(priorities("JdbcBad", "SQLGUARD_DELETE_WITHOUT_WHERE")).containsOnly(Priorities.HIGH_PRIORITY);
        // a Flyway migration: delete-without-where is a warning there, drop-table stays an error
        assertThat(priorities("V2__Cleanup", "SQLGUARD_DELETE_WITHOUT_WHERE"))
                .containsOnly(Priorities.NORMAL_PRIORITY);
        assertThat(priorities("V2__Cleanup", "SQLGUARD_DROP_TABLE")).containsOnly(Priorities.HIGH_PRIORITY);
        assertThat(priorities("RulesBad", "SQLGUARD_UNPARSABLE_SQL")).containsOnly(Priorities.LOW_PRIORITY);
    }

    @Test
    void bugCarriesTheMethodTheSqlAndTheMessage() {
        BugInstance bug = Samples.bugsIn("FoldingBad").stream()
                .filter(b -> b.getPrimaryMethod().getMethodName().equals("indyWithUnknownPart"))
                .findFirst().orElseThrow();
        assertThat(bug.getType()).isEqualTo("SQLGUARD_DROP_TABLE");
        List<String> strings = bug.getAnnotations().stream().filter(a -> a instanceof StringAnnotation)
                .map(a -> ((StringAnnotation) a).getValue()).toList();
        assertThat(strings).hasSize(2);
        assertThat(strings.get(0)).startsWith("DROP TABLE IF EXISTS <dynamic>");
        assertThat(strings.get(1)).contains("DROP TABLE deletes");
        assertThat(bug.getMessageWithoutPrefix()).contains("DROP TABLE").contains("indyWithUnknownPart");
    }

    @Test
    void aChainBugShowsTheCallAsTheCodeWritesItAndWhatItTouches() {
        List<List<String>> bugs = Samples.bugsIn("BuilderChainsBad").stream().map(SqlSinkDetectorTest::strings)
                .toList();

        assertThat(bugs).contains(List.of("purge.execute()", "`purge.execute()` deletes every row of order_lines;"
                + " add a where(...) that selects the rows, or suppress with a reason."));
        assertThat(bugs).contains(List.of("ChainWrappers.lambdaUpdateChain(mapper).remove()",
                "`ChainWrappers.lambdaUpdateChain(mapper).remove()` deletes every row of mapper; add a condition"
                        + " (eq(...), in(...)) that selects the rows, or suppress with a reason."));
        assertThat(bugs).anySatisfy(b -> assertThat(b.get(1)).startsWith("`new QOrder().delete()` deletes every row"
                + " of Order;"));
    }

    private static List<String> strings(BugInstance bug) {
        return bug.getAnnotations().stream().filter(a -> a instanceof StringAnnotation)
                .map(a -> ((StringAnnotation) a).getValue()).toList();
    }

    @Test
    void annotationBugsNameTheAnnotatedMethod() {
        assertThat(Samples.bugsIn("RepositoryBad").stream().map(b -> b.getPrimaryMethod().getMethodName()))
                .containsExactlyInAnyOrder("purge", "closeAll", "clearSessions", "lockAll", "clearCart",
                        "truncateAudit", "purgeTokens");
    }

    @Test
    void everyRowCallsSpeakOfTheCallAndTheTableOfItsEntity() {
        List<String> bugs = Samples.bugsIn("OrmCallsBad").stream().map(b -> {
            List<String> strings = b.getAnnotations().stream().filter(a -> a instanceof StringAnnotation)
                    .map(a -> ((StringAnnotation) a).getValue()).toList();
            return b.getPrimarySourceLineAnnotation().getStartLine() + " " + strings.get(0) + " | " + strings.get(1);
        }).toList();

        assertThat(bugs).contains(
                "56 orders.deleteAll() | `orders.deleteAll()` deletes every row of the table of `Order`; pass the"
                        + " entities or ids to delete, or suppress with a reason.",
                "59 template.deleteAll(Order.class) | `template.deleteAll(Order.class)` deletes every row of the"
                        + " table of `Order`; pass the aggregates or ids to delete, or suppress with a reason.",
                "35 remove(null) | `remove(null)` deletes every row of the table of `User`; add a condition to the"
                        + " wrapper (eq, in, ...) or remove by id, or suppress with a reason.",
                "36 baseMapper.delete(null) | `baseMapper.delete(null)` deletes every row of the table of `User`; add"
                        + " a condition to the wrapper (eq, in, ...) or delete by id, or suppress with a reason.",
                "37 getBaseMapper().delete(null) | `getBaseMapper().delete(null)` deletes every row of the table of"
                        + " `User`; add a condition to the wrapper (eq, in, ...) or delete by id, or suppress with a"
                        + " reason.");
    }

    private static List<Integer> priorities(String sample, String type) {
        List<Integer> out = Samples.bugsIn(sample).stream().filter(b -> b.getType().equals(type))
                .map(BugInstance::getPriority).toList();
        assertThat(out).isNotEmpty();
        return out;
    }
}
