package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.java.SinkCatalog.Kind;
import io.github.sqlguard.java.SinkCatalog.Sink;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaSinkCatalogTest {

    @Test
    void theShippedCatalogParses() {
        SinkCatalog catalog = SinkCatalog.standard();

        assertThat(catalog.of(Kind.CALL)).extracting(Sink::family).contains("jdbc", "spring-jdbc", "r2dbc", "jpa",
                "hibernate", "jdbi", "jooq");
        assertThat(catalog.of(Kind.CHAIN)).extracting(Sink::family).contains("jooq", "querydsl", "jpa-criteria",
                "ebean", "r2dbc-template", "mybatis-plus");
        assertThat(catalog.of(Kind.ANNOTATION)).extracting(Sink::family).contains("spring-data", "mybatis");
        assertThat(catalog.methodNames()).contains("executeUpdate", "prepareStatement", "update", "batchUpdate",
                "sql", "createNativeQuery", "createMutationQuery", "createUpdate", "fetch");
        Sink template = catalog.of(Kind.CALL).stream()
                .filter(s -> s.types().contains("JdbcTemplate") && s.members().contains("update"))
                .findFirst().orElseThrow();
        assertThat(template.sqlArgument()).isZero();
        assertThat(template.takes(1)).isTrue();
        assertThat(template.takes(5)).isTrue();
        assertThat(template.takes(0)).isFalse();
    }

    @Test
    void oneLineAddsALibrary() {
        SinkCatalog catalog = SinkCatalog.parse(List.of(
                "# comment",
                "",
                "call  sql2o  org.sql2o  Connection  createQuery  0  1..2  con,connection",
                "annotation  micronaut  io.micronaut.data  Query  value  -  -  -",
                "chain  ebean  io.ebean  Database  delete=delete  -  0  db  find/1  *  select"));

        assertThat(catalog.sinks()).hasSize(3);
        Sink call = catalog.sinks().get(0);
        assertThat(call.kind()).isEqualTo(Kind.CALL);
        assertThat(call.minArity()).isEqualTo(1);
        assertThat(call.maxArity()).isEqualTo(2);
        assertThat(call.hints()).containsExactly("con", "connection");
        assertThat(catalog.sinks().get(1).packages()).containsExactly("io.micronaut.data");
        Sink chain = catalog.sinks().get(2);
        assertThat(chain.members()).containsExactly("delete");
        assertThat(chain.chain().start("find", 1)).isNotNull();
        assertThat(call.chain()).isNull();
        assertThat(SinkCatalog.parse(List.of("call f - T m * 1..* -")).sinks().get(0).sqlArgument())
                .isEqualTo(Sink.EVERY_ARGUMENT);
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumber() {
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("# header", "call jdbc java.sql Statement execute 0")))
                .hasMessageContaining("line 2").hasMessageContaining("8 columns");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("method jdbc java.sql Statement execute 0 1 -")))
                .hasMessageContaining("line 1").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("call jdbc java.sql Statement execute x 1 -")))
                .hasMessageContaining("sql-arg");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("call jdbc java.sql Statement execute 0 3..1 -")))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("call jdbc java.sql Statement execute 2 1..2 -")))
                .hasMessageContaining("past the arity");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("annotation d p Query value 0 - -")))
                .hasMessageContaining("sql-arg is -");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("call jdbc java.sql Stat(ement execute 0 1 -")))
                .hasMessageContaining("not a name");
    }

    @Test
    void aChainLineSaysWhatStartsAStatementWhatFiltersItAndWhatRunsIt() {
        Sink jooq = SinkCatalog.parse(List.of("chain jooq org.jooq DSLContext execute,fetch - 0..1 dsl"
                + " deleteFrom/1=delete,update/1=update,truncate=truncate where*,addConditions -"))
                .sinks().get(0);
        ChainShape shape = jooq.chain();

        assertThat(jooq.members()).containsExactlyInAnyOrder("execute", "fetch");
        assertThat(shape.start("deleteFrom", 1).statement()).isEqualTo(ChainShape.Statement.DELETE);
        assertThat(shape.start("deleteFrom", 0)).isNull();
        assertThat(shape.start("truncate", 3)).isNotNull();
        assertThat(shape.start("select", 1)).isNull();
        assertThat(shape.filters("where")).isTrue();
        assertThat(shape.filters("whereExists")).isTrue();
        assertThat(shape.filters("addConditions")).isTrue();
        assertThat(shape.filters("set")).isFalse();
        assertThat(shape.filters("returning")).isFalse();
        assertThat(shape.advice()).isEqualTo("add a where(...) that selects the rows");
    }

    @Test
    void aChainWithTooManyConditionsToListNamesItsStepsAndTheTerminalMayNameTheStatement() {
        ChainShape shape = SinkCatalog.parse(List.of("chain mp com.baomidou IService update,remove=delete - 0..1 -"
                + " lambdaUpdate/0=update,find * set,orderBy*,createQuery(_)")).sinks().get(0).chain();

        assertThat(shape.filters("eq")).isTrue();
        assertThat(shape.filters("apply")).isTrue();
        assertThat(shape.filters("set")).isFalse();
        assertThat(shape.filters("orderByDesc")).isFalse();
        assertThat(shape.filters("createQuery")).isFalse();
        assertThat(shape.carries("createQuery")).isTrue();
        assertThat(shape.carries("set")).isFalse();
        ChainShape.Start update = shape.start("lambdaUpdate", 0);
        assertThat(shape.statement(update, "update")).isEqualTo(ChainShape.Statement.UPDATE);
        assertThat(shape.statement(update, "remove")).isEqualTo(ChainShape.Statement.DELETE);
        assertThat(shape.statement(shape.start("find", 2), "update")).isNull();
        assertThat(shape.advice()).contains("condition");
    }

    @Test
    void chainTypesMayBeGeneratedAndTheirPackagesNamedByTheirEnd() {
        Sink beans = SinkCatalog.parse(List.of("chain ebean io.ebean,*.query Q* delete=delete - 0 - new/0..1 * -"))
                .sinks().get(0);

        assertThat(beans.namesType("QOrder")).isTrue();
        assertThat(beans.namesType("Query")).isFalse();
        assertThat(beans.namesType("Q")).isFalse();
        assertThat(beans.packageAllows("shop.domain.query.QOrder")).isTrue();
        assertThat(beans.packageAllows("io.ebean.typequery.QOrder")).isTrue();
        assertThat(beans.packageAllows("javax.xml.namespace.QName")).isFalse();
        assertThat(beans.chain().constructor(0)).isNotNull();
        assertThat(beans.chain().constructor(2)).isNull();
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("call jdbc java.sql Statement* execute 0 1 -")))
                .hasMessageContaining("not a name");
    }

    @Test
    void badChainLinesAreRejected() {
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("chain jooq org.jooq DSLContext execute - 0 dsl")))
                .hasMessageContaining("11 columns");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("chain j p T execute - 0 - deleteFrom=erase where -")))
                .hasMessageContaining("unknown statement 'erase'");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("chain j p T execute - 0 - deleteFrom/2..1 where -")))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("chain j p T execute - 0 - - where -")))
                .hasMessageContaining("starts must not be empty");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("chain j p T execute - 0 - delete where(x) -")))
                .hasMessageContaining("not a name");
    }

    @Test
    void hintsMatchWholeNamesAndCamelCaseEndings() {
        Sink sink = SinkCatalog.parse(List.of("call f p JdbcTemplate update 0 1..* jdbcTemplate,em")).sinks().get(0);

        assertThat(sink.hintedBy("jdbcTemplate")).isTrue();
        assertThat(sink.hintedBy("JDBCTEMPLATE")).isTrue();
        assertThat(sink.hintedBy("ordersJdbcTemplate")).isTrue();
        assertThat(sink.hintedBy("em")).isTrue();
        assertThat(sink.hintedBy("readOnlyEm")).isTrue();
        assertThat(sink.hintedBy("item")).isFalse();
        assertThat(sink.hintedBy("template")).isFalse();
        assertThat(sink.hintedBy(null)).isFalse();
    }

    @Test
    void packagesRejectATypeImportedFromElsewhere() {
        Sink sink = SinkCatalog.parse(List.of("call jdbc java.sql Statement execute 0 1 -")).sinks().get(0);

        assertThat(sink.packageAllows("java.sql.Statement")).isTrue();
        assertThat(sink.packageAllows(null)).isTrue();
        assertThat(sink.packageAllows("net.sf.jsqlparser.statement.Statement")).isFalse();
    }

    @Test
    void theShippedEveryRowLinesNameSpringDataAndMyBatisPlus() {
        List<EveryRowSink> lines = SinkCatalog.standard().everyRow();

        assertThat(lines).extracting(EveryRowSink::family).contains("spring-data", "spring-data-jdbc",
                "mybatis-plus");
        EveryRowSink deleteAll = lines.stream().filter(s -> s.names("deleteAll") && s.takes(0)).findFirst()
                .orElseThrow();
        assertThat(deleteAll.when().condition()).isEqualTo(EveryRowSink.Condition.ALWAYS);
        assertThat(deleteAll.isType("org.springframework.data.jpa.repository.JpaRepository")).isTrue();
        assertThat(deleteAll.isType("shop.lookalike.JpaRepository")).isFalse();
        EveryRowSink remove = lines.stream().filter(s -> s.names("remove") && s.takes(1)).findFirst().orElseThrow();
        assertThat(remove.when()).isEqualTo(new EveryRowSink.When(EveryRowSink.Condition.UNFILTERED, 0));
        assertThat(remove.entityArgument("ServiceImpl")).isEqualTo(1);
        assertThat(remove.entityArgument("IService")).isZero();
        assertThat(remove.advice()).startsWith("add a condition to the wrapper");
        assertThat(lines).filteredOn(s -> s.names("deleteByOwner")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.when().condition()).isEqualTo(EveryRowSink.Condition.NEVER));
        assertThat(SinkCatalog.standard().of(Kind.CALL)).noneMatch(s -> s.family().equals("mybatis-plus"));
    }

    @Test
    void oneEveryRowLineAddsAFamily() {
        SinkCatalog catalog = SinkCatalog.parse(List.of(
                "every-row  ebean  io.ebean  Database,DB:1  deleteAll*,truncate  1..2  entity:0  DELETE  delete by id"
                        + " instead",
                "every-row  ebean  io.ebean  Database  delete  1  never  DELETE  -"));

        assertThat(catalog.sinks()).isEmpty();
        assertThat(catalog.everyRow()).hasSize(2);
        EveryRowSink line = catalog.everyRow().get(0);
        assertThat(line.packages()).containsExactly("io.ebean");
        assertThat(line.types()).containsEntry("Database", 0).containsEntry("DB", 1);
        assertThat(line.names("deleteAllRows")).isTrue();
        assertThat(line.names("truncate")).isTrue();
        assertThat(line.names("truncateAll")).isFalse();
        assertThat(line.takes(2)).isTrue();
        assertThat(line.takes(3)).isFalse();
        assertThat(line.when()).isEqualTo(new EveryRowSink.When(EveryRowSink.Condition.ENTITY, 0));
        assertThat(line.advice()).isEqualTo("delete by id instead");
        assertThat(line.sql("Order", true)).isEqualTo("DELETE FROM \"Order\"");
        assertThat(catalog.everyRow().get(1).advice()).isEmpty();
    }

    @Test
    void anEveryRowLineSaysWhatStatementItRuns() {
        EveryRowSink update = SinkCatalog.parse(List.of("every-row f p.q T update 1 null:0 UPDATE pass one"))
                .everyRow().get(0);

        assertThat(update.sql("User", true)).isEqualTo("UPDATE \"User\" SET __sqlguard_fragment__ = ?");
        assertThat(update.sql("User", false))
                .isEqualTo("UPDATE \"User\" SET __sqlguard_fragment__ = ? WHERE __sqlguard_fragment__");
    }

    @Test
    void badEveryRowLinesAreRejectedWithTheirLineNumber() {
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("#", "every-row f p T deleteAll 0 always")))
                .hasMessageContaining("line 2").hasMessageContaining("8 columns");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f - T deleteAll 0 always DELETE x")))
                .hasMessageContaining("packages");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T deleteAll 0 sometimes DELETE x")))
                .hasMessageContaining("unknown when");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T delete 1 null DELETE x")))
                .hasMessageContaining("names an argument");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T delete 1 always:0 DELETE x")))
                .hasMessageContaining("takes no argument");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T delete 1 null:1 DELETE x")))
                .hasMessageContaining("past the arity");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T delete 1 null:0 TRUNCATE x")))
                .hasMessageContaining("neither DELETE nor UPDATE");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T delete 1 never DELETE do this")))
                .hasMessageContaining("advice is -");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T delete 1 null:0 DELETE -")))
                .hasMessageContaining("advice is -");
        assertThatThrownBy(() -> SinkCatalog.parse(List.of("every-row f p T:x delete 1 null:0 DELETE x")))
                .hasMessageContaining("not a name");
    }
}
