package io.github.sqlguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.java.SinkCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the detector that need no SpotBugs run: formats, fragments, descriptors, sink matching. */
class ValuesTest {

    private static final String F = SqlPiece.UNKNOWN_FRAGMENT;

    @Test
    void formatTakesKnownPlainArgumentsAndMarksTheRest() {
        assertThat(Values.format("DROP TABLE %s", null)).isEqualTo("DROP TABLE " + F + " ");
        assertThat(Values.format("DELETE FROM %s WHERE id = %d", new String[] {"orders", null}))
                .isEqualTo("DELETE FROM orders WHERE id = " + F + " ");
        assertThat(Values.format("ALTER TABLE %2$s DROP COLUMN %1$s", new String[] {"email", "customer"}))
                .isEqualTo("ALTER TABLE customer DROP COLUMN email");
        assertThat(Values.format("UPDATE t SET pct = %5.2f%%", new String[] {"1"}))
                .isEqualTo("UPDATE t SET pct = " + F + " %");
    }

    @Test
    void formatWithAnIndexNoIntHoldsMarksThatConversion() {
        assertThat(Values.format("DELETE FROM %99999999999$s", new String[] {"orders"}))
                .isEqualTo("DELETE FROM " + F + " ");
    }

    @Test
    void fragmentsAreSetApartFromTheWordsAroundThem() {
        assertThat(new Values.Concat("DROP TABLE").add(null).add("_old").toString())
                .isEqualTo("DROP TABLE " + F + " _old");
        assertThat(new Values.Concat("x").add(F + " y").toString()).isEqualTo("x " + F + " y");
        assertThat(Values.hasKnownText(" " + F + " ")).isFalse();
        assertThat(Values.hasKnownText("DELETE FROM " + F)).isTrue();
    }

    @Test
    void descriptorsAreSplitIntoParameterTypes() {
        assertThat(Signatures.parameters("(Ljava/lang/String;[Ljava/lang/Object;IJ[[I)V"))
                .containsExactly("Ljava/lang/String;", "[Ljava/lang/Object;", "I", "J", "[[I");
        assertThat(Signatures.parameters("()Ljava/lang/String;")).isEmpty();
        assertThat(Signatures.returnsVoid("(I)V")).isTrue();
    }

    @Test
    void sinksMatchByTheClassNameJavacRecords() {
        BytecodeSinks sinks = BytecodeSinks.standard();
        assertThat(sinks.call("java/sql/Statement", "execute", 1)).isNotNull();
        assertThat(sinks.call("java/sql/Statement", "execute", 3)).isNull();
        assertThat(sinks.call("com/example/Statement", "execute", 1)).isNull();
        assertThat(sinks.call("org/springframework/jdbc/core/JdbcTemplate", "batchUpdate", 1).sqlArgument())
                .isEqualTo(SinkCatalog.Sink.EVERY_ARGUMENT);
        assertThat(sinks.call("org/hibernate/query/QueryProducer", "createNativeQuery", 1)).isNotNull();
        assertThat(sinks.chains()).anyMatch(s -> BytecodeSinks.matches(s, "org/jooq/DSLContext"));
        assertThat(sinks.chains()).anyMatch(s -> BytecodeSinks.matches(s, "shop/domain/query/QOrder"));
        assertThat(sinks.chains()).noneMatch(s -> BytecodeSinks.matches(s, "shop/domain/QOrder"));
        assertThat(sinks.chains()).noneMatch(s -> BytecodeSinks.matches(s, "javax/xml/namespace/QName"));
        assertThat(sinks.annotation("org/springframework/data/jpa/repository/Query")).isNotNull();
        assertThat(sinks.annotation("org/apache/ibatis/annotations/Delete")).isNotNull();
        assertThat(sinks.annotation("javax/persistence/Query")).isNull();
    }

    @Test
    void aGenericSignatureNamesTheEntityOfAServiceBaseClass() {
        String signature = "Lcom/baomidou/ServiceImpl<Lshop/UserMapper;Lshop/domain/User;>;Lshop/UserService;";
        assertThat(Supertypes.lastTypeArgument(signature, "com/baomidou/ServiceImpl")).isEqualTo("User");
        assertThat(Supertypes.lastTypeArgument("Lx/IService<Ljava/util/List<Lx/A;>;>;", "x/IService"))
                .isEqualTo("List");
        assertThat(Supertypes.lastTypeArgument("<T:Ljava/lang/Object;>Lx/IService<TT;>;", "x/IService")).isNull();
        assertThat(Supertypes.lastTypeArgument(null, "x/IService")).isNull();
    }

    @Test
    void theDetectorReadsTheSourceScannersCatalog() {
        List<SinkCatalog.Sink> all = SinkCatalog.standard().sinks();
        assertThat(all).isNotEmpty();
        for (SinkCatalog.Sink sink : all) {
            String type = sink.types().iterator().next();
            String owner = (sink.packages().isEmpty() ? "" : sink.packages().get(0).replace('.', '/') + "/") + type;
            if (sink.kind() == SinkCatalog.Kind.ANNOTATION) {
                assertThat(BytecodeSinks.standard().annotation(owner)).as(owner).isNotNull();
            } else {
                assertThat(BytecodeSinks.matches(sink, owner)).as(owner).isTrue();
            }
        }
    }
}
