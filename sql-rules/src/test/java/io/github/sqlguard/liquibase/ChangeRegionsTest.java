package io.github.sqlguard.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.MarkedText;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding on a change that is not SQL ({@code dropTable}, {@code delete}) marks the whole change: an XML element
 * from its start tag to its end tag, a YAML or JSON change from its key to the end of its attributes.
 */
class ChangeRegionsTest {

    @TempDir
    Path dir;

    @Test
    void eachFindingMarksItsChange() throws IOException {
        write("db/changelog.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                    <changeSet id="1" author="shop">
                        <dropTable tableName="cart"/>
                        <delete tableName="orders">
                        </delete>
                    </changeSet>
                </databaseChangeLog>
                """);
        write("db/changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: shop
                      changes:
                        - delete:
                            tableName: orders

                        - dropTable: {tableName: cart_line}
                """);
        write("db/changelog.json", """
                {
                  "databaseChangeLog": [
                    {
                      "changeSet": {
                        "id": "1",
                        "author": "shop",
                        "changes": [
                          { "dropTable": { "tableName": "cart" } },
                          {
                            "delete": {
                              "tableName": "orders"
                            }
                          }
                        ]
                      }
                    }
                  ]
                }
                """);

        List<Finding> findings = new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir)).findings();

        List<String> regions = new ArrayList<>();
        for (Finding f : findings) {
            regions.add(f.file() + " " + f.ruleId() + " " + f.start().line() + ":" + f.start().column() + "-"
                    + f.end().line() + ":" + f.end().column() + " " + MarkedText.of(dir, f));
        }
        assertThat(regions).containsExactly(
                "db/changelog.json drop-table 8:13-8:49 \"dropTable\": { \"tableName\": \"cart\" }",
                "db/changelog.json delete-without-where 10:13-12:14"
                        + " \"delete\": {\n              \"tableName\": \"orders\"\n            }",
                "db/changelog.xml drop-table 4:9-4:38 <dropTable tableName=\"cart\"/>",
                "db/changelog.xml delete-without-where 5:9-6:18 <delete tableName=\"orders\">\n        </delete>",
                "db/changelog.yaml delete-without-where 6:11-7:30 delete:\n            tableName: orders",
                "db/changelog.yaml drop-table 9:11-9:44 dropTable: {tableName: cart_line}");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
