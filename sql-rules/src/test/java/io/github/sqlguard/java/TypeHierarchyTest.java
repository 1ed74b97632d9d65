package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.java.TypeHierarchy.Ancestor;
import io.github.sqlguard.java.TypeHierarchy.Ref;
import io.github.sqlguard.java.TypeHierarchy.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TypeHierarchyTest {

    private static final Predicate<String> JPA = "org.springframework.data.jpa.repository.JpaRepository"::equals;

    @TempDir
    Path dir;

    private static List<Type> read(String src) {
        return TypeHierarchy.declarations(JavaTokens.of(src, Pattern.compile("(?!)")));
    }

    private static Type type(List<Type> types, String qualified) {
        return types.stream().filter(t -> t.qualified().equals(qualified)).findFirst().orElseThrow();
    }

    private TypeHierarchy project(String... nameAndText) throws IOException {
        List<Path> files = new ArrayList<>();
        TypeHierarchy.Collector collector = new TypeHierarchy.Collector();
        for (int i = 0; i < nameAndText.length; i += 2) {
            Path file = dir.resolve(nameAndText[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, nameAndText[i + 1]);
            files.add(file);
            collector.read(file, nameAndText[i + 1]);
        }
        return collector.finish(files);
    }

    private static Ref named(String qualified) {
        return new Ref(qualified, List.of(qualified), List.of());
    }

    @Test
    void aTypesMethodsAreInNameOrderSoThatTheProjectDigestIsTheSameInEveryRun() {
        Type type = type(read("""
                package a;
                class Dao {
                    void zap() {}
                    void wipe(int a) {}
                    void purge() {}
                    void nuke(int a, int b) {}
                    void erase() {}
                    void clear() {}
                }
                """), "a.Dao");

        assertThat(type.methods()).containsExactly("clear/0", "erase/0", "nuke/2", "purge/0", "wipe/1", "zap/0");
    }

    @Test
    void readsTypesTheirParametersSupertypesFieldsAndMethods() {
        List<Type> types = read("""
                package a.b;
                import x.y.Base;
                import z.*;
                @Ann(value = "{", more = {1, 2})
                public class Outer<T extends Comparable<T>, U> extends Base<T, java.util.List<U>> implements Runnable {
                    @Autowired @Qualifier("main")
                    private final Repo<Order, Long> repo = make(1, 2), other;
                    private int count;
                    Map<String, List<X>> map = new HashMap<String, Integer>();
                    Runnable task = () -> { int local = 1; };
                    public <R> R find(Class<R> type) { class Local extends Nope { } return null; }
                    int count(@Param("a") Map<String, Long> a, long... rest) { return 0; }
                    static class Inner implements Base.Nested { Repo inner; }
                    enum E { A("x") { void f() { } }, B; private Repo inEnum; }
                    record R(Repo x) implements Runnable { public void run() { } }
                    non-sealed interface S extends Runnable, z.Marked { }
                }
                """);

        assertThat(types).extracting(Type::qualified)
                .containsExactly("a.b.Outer", "a.b.Outer.Inner", "a.b.Outer.E", "a.b.Outer.R", "a.b.Outer.S");
        Type outer = type(types, "a.b.Outer");
        assertThat(outer.parameters()).containsExactly("T", "U");
        assertThat(outer.supertypes()).extracting(Ref::name).containsExactly("Base", "Runnable");
        assertThat(outer.supertypes().get(0).candidates()).containsExactly("x.y.Base");
        assertThat(outer.supertypes().get(0).arguments()).containsExactly("T", "List");
        assertThat(outer.supertypes().get(1).candidates()).containsExactly("a.b.Runnable", "z.Runnable");
        assertThat(outer.fields()).containsOnlyKeys("repo", "other", "map", "task");
        assertThat(outer.fields().get("repo").arguments()).containsExactly("Order", "Long");
        assertThat(outer.fields().get("other").name()).isEqualTo("Repo");
        assertThat(outer.methods()).containsExactlyInAnyOrder("find/1", "count/1+");
        assertThat(outer.declares("count", 3)).isTrue();
        assertThat(outer.declares("count", 0)).isFalse();
        assertThat(outer.declares("find", 2)).isFalse();
        assertThat(type(types, "a.b.Outer.Inner").supertypes().get(0).candidates()).containsExactly("x.y.Base.Nested");
        assertThat(type(types, "a.b.Outer.E").fields()).containsOnlyKeys("inEnum");
        assertThat(type(types, "a.b.Outer.R").methods()).containsExactly("run/0");
        assertThat(type(types, "a.b.Outer.S").supertypes()).extracting(Ref::name)
                .containsExactly("Runnable", "z.Marked");
    }

    @Test
    void aLibraryTypeIsReachedThroughProjectTypesWithTheirTypeArguments() throws IOException {
        TypeHierarchy types = project(
                "shop/BaseRepository.java", """
                        package shop;
                        import org.springframework.data.jpa.repository.*;
                        interface BaseRepository<E, K> extends JpaRepository<E, K> { }
                        """,
                "shop/OrderRepository.java", """
                        package shop;
                        public interface OrderRepository extends BaseRepository<Order, Long> {
                            void deleteAll();
                        }
                        """);

        Ancestor a = types.ancestor(named("shop.OrderRepository"), JPA, "deleteAll", 0).orElseThrow();

        assertThat(a.qualified()).isEqualTo("org.springframework.data.jpa.repository.JpaRepository");
        assertThat(a.arguments()).containsExactly("Order", "Long");
        assertThat(a.redeclaring()).isTrue();
        assertThat(types.ancestor(named("shop.OrderRepository"), JPA, "deleteById", 1).orElseThrow().redeclaring())
                .isFalse();
        assertThat(types.ancestor(named("shop.OrderRepository"), JPA, "deleteAll", 1).orElseThrow().redeclaring())
                .isFalse();
        assertThat(types.ancestor(named("shop.BaseRepository"), JPA, null, 0).orElseThrow().arguments())
                .containsExactly(null, null);
    }

    @Test
    void aTypeOfTheSameNameFromAnotherPackageIsNotTheLibrarys() throws IOException {
        TypeHierarchy types = project(
                "shop/JpaRepository.java", "package shop;\npublic interface JpaRepository<T, ID> { }\n",
                "shop/OrderRepository.java", """
                        package shop;
                        public interface OrderRepository extends JpaRepository<Order, Long> { }
                        """);

        assertThat(types.ancestor(named("shop.OrderRepository"), JPA, null, 0)).isEmpty();
    }

    @Test
    void aFieldIsFoundInASuperclassWhoseFileNamesNoSupertype() throws IOException {
        TypeHierarchy types = project(
                "jobs/BaseJob.java", """
                        package jobs;
                        import shop.OrderRepository;
                        public abstract class BaseJob<T> { protected OrderRepository orders; protected T item; }
                        """,
                "jobs/Unrelated.java", "package jobs;\nclass Unrelated { OrderRepository orders; }\n",
                "jobs/NightlyJob.java", "package jobs;\nclass NightlyJob extends BaseJob<String> { }\n");

        Ref field = types.field("jobs.NightlyJob", "orders").orElseThrow();

        assertThat(field.candidates()).containsExactly("shop.OrderRepository");
        assertThat(types.field("jobs.NightlyJob", "item").orElseThrow().name()).isEqualTo("T");
        assertThat(types.field("jobs.NightlyJob", "missing")).isEmpty();
        assertThat(types.type("jobs.Unrelated")).isEmpty();
    }

    @Test
    void typesReachingALibraryTypeIncludeHoldersOfItAndTheirSubclasses() throws IOException {
        TypeHierarchy types = project(
                "shop/OrderRepository.java", """
                        package shop;
                        import org.springframework.data.jpa.repository.JpaRepository;
                        public interface OrderRepository extends JpaRepository<Order, Long> { }
                        """,
                "shop/BaseJob.java", "package shop;\npublic class BaseJob { protected OrderRepository orders; }\n",
                "shop/NightlyJob.java", "package shop;\nclass NightlyJob extends BaseJob { }\n",
                "shop/Report.java", "package shop;\nclass Report extends Object implements Runnable { }\n");

        assertThat(types.simpleNamesReaching(JPA)).containsExactlyInAnyOrder("OrderRepository", "BaseJob",
                "NightlyJob");
    }

    @Test
    void theDigestChangesWithADeclaration() throws IOException {
        String first = project("a/A.java", "package a;\nclass A extends B { }\n").digest();
        String same = project("a/A.java", "package a;\nclass A extends B { }\n").digest();
        String other = project("a/A.java", "package a;\nclass A extends C { }\n").digest();

        assertThat(first).isEqualTo(same).isNotEqualTo(other);
    }

    @Test
    @Timeout(10)
    void textThatIsNotJavaEndsWithoutError() {
        assertThat(read("class A { " .repeat(5_000))).hasSizeGreaterThan(10);
        Random random = new Random(11);
        String[] words = {"class", "A", "extends", "<", ">", "{", "}", "(", ")", ";", ",", "=", "@", "interface",
            "enum", "record", "import", "package", ".", "*", "implements", "non", "-", "sealed", "?", "[", "]"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            assertThat(read(b.toString())).isNotNull();
        }
    }
}
