package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad example of every rule's documentation is flagged by that rule; the good example is not. */
class RuleExamplesTest {

    @TempDir
    Path dir;

    static Stream<RuleMeta> rules() {
        return RuleRegistry.metas().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleIsFlagged(RuleMeta meta) throws IOException {
        assertThat(rulesFlagging(meta, meta.bad())).contains(meta.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void goodExampleIsClean(RuleMeta meta) throws IOException {
        assertThat(rulesFlagging(meta, meta.good())).doesNotContain(meta.id());
    }

    /** Writes the example where a project would keep it, the way a reader would complete it, and scans it. */
    private List<String> rulesFlagging(RuleMeta meta, String example) throws IOException {
        Path file = switch (meta.language()) {
            case "java" -> write("src/main/java/example/Example.java", """
                    package example;

                    import org.springframework.dao.DataAccessException;
                    import org.springframework.jdbc.core.JdbcTemplate;

                    class Example {
                        void run(JdbcTemplate jdbc, String name) {
                    %s
                        }
                    }
                    """.formatted(example.indent(8)));
            case "xml" -> write("src/main/resources/mapper/ExampleMapper.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN"                     "https://mybatis.org/dtd/mybatis-3-mapper.dtd">
                    <mapper namespace="example.ExampleMapper">
                    %s
                    </mapper>
                    """.formatted(example));
            case "properties" -> write("src/main/resources/application.properties", example + "\n");
            case "pom" -> write("pom.xml", """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <build>
                        <plugins>
                    %s
                        </plugins>
                      </build>
                    </project>
                    """.formatted(example.indent(6)));
            default -> write("example.sql", example + "\n");
        };
        return new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(file)).findings().stream()
                .map(Finding::ruleId)
                .toList();
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
