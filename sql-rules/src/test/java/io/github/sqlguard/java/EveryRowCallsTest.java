package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ORM calls that touch every row, read the way a scan reads them: context, suppression, prechecks, caching. */
class EveryRowCallsTest {

    private static final String REPOSITORY = """
            package shop;
            import org.springframework.data.jpa.repository.JpaRepository;
            public interface OrderRepository extends JpaRepository<Order, Long> { }
            """;
    private static final String SERVICE = """
            package shop;
            import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
            public class UserService extends ServiceImpl<UserMapper, User> {
                public void purge() {
                    remove(null);
                }
            }
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private List<Finding> scan(ScanConfig config) {
        return new Scanner(config, dir).scan(List.of(dir)).findings();
    }

    private static String cleaner(String pkg, String head, String body) {
        return "package " + pkg + ";\nimport shop.OrderRepository;\n" + head + " {\n"
                + "    void run(OrderRepository orders) throws Exception {\n        " + body + "\n    }\n}\n";
    }

    @Test
    void severityFollowsTheContextOfTheCall() throws IOException {
        write("src/main/java/shop/OrderRepository.java", REPOSITORY);
        write("src/main/java/shop/Cleaner.java", cleaner("shop", "class Cleaner", "orders.deleteAll();"));
        write("src/test/java/shop/CleanerTest.java", cleaner("shop", "class CleanerTest", "orders.deleteAll();"));
        write("src/main/java/db/migration/V3__Purge.java", cleaner("db.migration",
                "import org.flywaydb.core.api.migration.BaseJavaMigration;\n"
                        + "public class V3__Purge extends BaseJavaMigration", "orders.deleteAll();"));

        assertThat(scan(ScanConfig.DEFAULT.withIncludeTests(true)))
                .extracting(Finding::file, Finding::ruleId, Finding::severity, Finding::snippet).containsExactly(
                        tuple("src/main/java/db/migration/V3__Purge.java", "delete-without-where", Severity.WARNING,
                                "orders.deleteAll()"),
                        tuple("src/main/java/shop/Cleaner.java", "delete-without-where", Severity.ERROR,
                                "orders.deleteAll()"),
                        tuple("src/test/java/shop/CleanerTest.java", "delete-without-where", Severity.NOTE,
                                "orders.deleteAll()"));
    }

    @Test
    void suppressionsCoverTheCall() throws IOException {
        write("src/main/java/shop/OrderRepository.java", REPOSITORY);
        write("src/main/java/shop/Cleaner.java", """
                package shop;
                class Cleaner {
                    OrderRepository orders;
                    @SuppressWarnings("sqlguard:delete-without-where")
                    void reset() { orders.deleteAll(); }
                    void nightly() {
                        // sqlguard:ignore delete-without-where the table is a cache rebuilt below
                        orders.deleteAll();
                    }
                    void wipe() {
                        orders.deleteAll();
                    }
                }
                """);

        assertThat(scan(ScanConfig.DEFAULT)).extracting(Finding::start, Finding::ruleId)
                .containsExactly(tuple(new Position(11, 9), "delete-without-where"));
    }

    @Test
    void onAnErrorPathTheCallIsAFallbackDrop() throws IOException {
        write("src/main/java/shop/OrderRepository.java", REPOSITORY);
        write("src/main/java/shop/Cleaner.java", cleaner("shop", "class Cleaner",
                "try { orders.flush(); } catch (RuntimeException e) { orders.deleteAllInBatch(); }"));

        assertThat(scan(ScanConfig.DEFAULT)).extracting(Finding::ruleId, Finding::snippet)
                .containsExactly(tuple("fallback-drop", "orders.deleteAllInBatch()"));
    }

    @Test
    void aFileWhoseOnlyCallIsRemoveIsReadAndOneWithoutOrmTypesIsNot() throws IOException {
        Path service = write("src/main/java/shop/UserService.java", SERVICE);
        Path lists = write("src/main/java/shop/Lists.java",
                "package shop;\nclass Lists { void f(java.util.List<String> l) { l.remove(null); } }\n");

        JavaSource prepared = (JavaSource) new JavaSource().prepare(List.of(service, lists));

        assertThat(DestructiveWords.anyIn(SERVICE)).isFalse();
        assertThat(prepared.skips(service)).isFalse();
        assertThat(prepared.mayHoldSql(SERVICE)).isTrue();
        assertThat(prepared.mayHoldSql(Files.readString(lists))).isFalse();
        assertThat(scan(ScanConfig.DEFAULT)).extracting(Finding::file, Finding::message).containsExactly(
                tuple("src/main/java/shop/UserService.java", "`remove(null)` deletes every row of the table of"
                        + " `User`; add a condition to the wrapper (eq, in, ...) or remove by id, or suppress with a"
                        + " reason."));
    }

    @Test
    void aReceiverDeclaredInAnotherFileIsReadThroughThePreparedSource() {
        JavaSources read = JavaSources.read(dir, "shop/OrderRepository.java", REPOSITORY, "shop/Cleaner.java",
                cleaner("shop", "class Cleaner", "orders.deleteAll();"));

        assertThat(read.only().text()).isEqualTo("DELETE FROM \"Order\"");
        assertThat(read.only().call()).contains(new LibraryCall("orders.deleteAll()", "the table of `Order`",
                "pass the entities or ids to delete"));
    }

    @Test
    void theStateKeyChangesWhenARepositoryStopsExtendingTheLibrary() throws IOException {
        Path repository = write("src/main/java/shop/OrderRepository.java", REPOSITORY);
        String before = new JavaSource().prepare(List.of(repository)).stateKey();
        Files.writeString(repository, REPOSITORY.replace("JpaRepository<Order, Long>", "Repository<Order, Long>"));
        String after = new JavaSource().prepare(List.of(repository)).stateKey();

        assertThat(after).isNotEqualTo(before);
    }
}
