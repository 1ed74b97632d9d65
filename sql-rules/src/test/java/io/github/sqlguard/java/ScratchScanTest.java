package io.github.sqlguard.java;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchScanTest {
    @Test
    void scan() {
        Path root = Path.of(System.getProperty("scratch.root", "/tmp/jdksrc"));
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            ScanResult r = new Scanner(ScanConfig.DEFAULT.withIncludeTests(true), root).scan(List.of(root));
            System.out.printf("files=%d statements=%d findings=%d problems=%d time=%dms%n", r.files(), r.statements(),
                    r.findings().size(), r.problems().size(), (System.nanoTime() - t) / 1_000_000);
            if (round == 1) {
                r.problems().stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
                for (Finding f : r.findings()) {
                    System.out.println(f.file() + ":" + f.start().line() + " " + f.ruleId() + " | " + f.snippet());
                }
            }
        }
    }
}
