package io.github.sqlguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.settings.SettingsSource;

/** Spring YAML and properties, and the other settings files: no exception escapes, problems are one line. */
class SettingsFuzzTest {

    private static final SettingsSource SOURCE = new SettingsSource();

    @FuzzTest
    void yaml(byte[] input) {
        read("application.yml", input);
    }

    @FuzzTest
    void properties(byte[] input) {
        read("application.properties", input);
    }

    @FuzzTest
    void xml(byte[] input) {
        read("persistence.xml", input);
        read("pom.xml", input);
    }

    @FuzzTest
    void toml(byte[] input) {
        read("flyway.toml", input);
    }

    private static void read(String name, byte[] input) {
        String text = Fuzzing.text(input);
        if (!SOURCE.recognizes(name, text)) {
            return;
        }
        Fuzzing.Collected sink = new Fuzzing.Collected();
        SOURCE.read(Fuzzing.file(name, SourceContext.APPLICATION), text, sink);
        Fuzzing.assertProblems(sink.problems, "settings not fully read");
    }
}
