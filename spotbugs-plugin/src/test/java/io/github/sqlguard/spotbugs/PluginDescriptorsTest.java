package io.github.sqlguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.rules.StatementRule;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code findbugs.xml}, {@code messages.xml} and {@code bugrank.txt} are rendered from the rule registry. Run with
 * {@code -Dsqlguard.updateDescriptors=true} to rewrite them after a rule changes.
 */
class PluginDescriptorsTest {

    private static final boolean UPDATE = Boolean.getBoolean("sqlguard.updateDescriptors");
    private static final Path RESOURCES = Path.of("src/main/resources");

    @ParameterizedTest
    @ValueSource(strings = {PluginDescriptors.FINDBUGS_XML, PluginDescriptors.MESSAGES_XML,
        PluginDescriptors.BUGRANK_TXT})
    void committedDescriptorMatchesTheRegistry(String name) throws IOException {
        String rendered = PluginDescriptors.render().get(name);
        Path file = RESOURCES.resolve(name);
        if (UPDATE) {
            Files.createDirectories(RESOURCES);
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertThat(file).as("run the build with -Dsqlguard.updateDescriptors=true to regenerate").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s drifted from the rule registry: run with -Dsqlguard.updateDescriptors=true", name)
                .isEqualTo(rendered);
    }

    @Test
    void descriptorsFollowSpotBugsSchemas() throws Exception {
        Map<String, String> files = PluginDescriptors.render();
        validate(files.get(PluginDescriptors.FINDBUGS_XML), "findbugsplugin.xsd");
        validate(files.get(PluginDescriptors.MESSAGES_XML), "messagecollection.xsd");
    }

    private static void validate(String xml, String schemaName) throws Exception {
        URL schema = edu.umd.cs.findbugs.Plugin.class.getClassLoader().getResource(schemaName);
        assertThat(schema).as(schemaName + " ships in the spotbugs jar").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void everyRuleThatCanFireOnBytecodeHasABugPattern() {
        String findbugs = PluginDescriptors.findbugsXml();
        String messages = PluginDescriptors.messagesXml();
        String ranks = PluginDescriptors.bugrank();
        for (RuleMeta rule : RuleRegistry.metas()) {
            String type = "SQLGUARD_" + rule.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            assertThat(BugTypes.of(rule.id())).isEqualTo(type);
            if (!(RuleRegistry.byId(rule.id()).orElseThrow() instanceof StatementRule)) {
                assertThat(findbugs).doesNotContain(type + "\"");
                continue;
            }
            assertThat(findbugs).contains("type=\"" + type + "\" category=\"SQLGUARD\"");
            assertThat(messages).contains("<BugPattern type=\"" + type + "\">");
            assertThat(ranks).contains(" BugPattern " + type + "\n");
        }
        assertThat(findbugs).contains("type=\"SQLGUARD_DELETE_WITHOUT_WHERE\"")
                .doesNotContain("SQLGUARD_UNUSED_SUPPRESSION").doesNotContain("SQLGUARD_DESTRUCTIVE_SCHEMA_SETTING");
    }

    @Test
    void readmeNamesEveryBugTypeAndEveryRuleThatCannotOccurInBytecode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## SpotBugs plugin"), readme.indexOf("## Suppressing"));
        int sentence = section.indexOf("cannot occur in bytecode");
        String absent = section.substring(section.lastIndexOf("\n\n", sentence) + 2,
                section.indexOf("\n\n", sentence));
        for (RuleMeta rule : RuleRegistry.metas()) {
            if (BugTypes.reported(rule.id())) {
                assertThat(section).contains("`" + BugTypes.of(rule.id()) + "`");
                assertThat(absent).doesNotContain("`" + rule.id() + "`");
            } else {
                assertThat(absent).as("README's list of rules that cannot occur in bytecode").contains(
                        "`" + rule.id() + "`");
            }
        }
    }

    @Test
    void detailsTellWhatHappensAndHowToFixItInEscapedHtml() {
        RuleMeta meta = RuleRegistry.meta("delete-without-where");
        String details = PluginDescriptors.details(meta);
        assertThat(details).contains(PluginDescriptors.inline(meta.rationale()))
                .contains("<b>Fix:</b> " + PluginDescriptors.inline(meta.fix()))
                .contains("<pre>" + PluginDescriptors.escape(meta.bad()) + "</pre>")
                .contains("<pre>" + PluginDescriptors.escape(meta.good()) + "</pre>");
        String fallback = PluginDescriptors.details(RuleRegistry.meta("fallback-drop"));
        assertThat(fallback).contains("catch (DataAccessException e)").doesNotContain("\"DROP");
        assertThat(PluginDescriptors.inline("a `<b>` c")).isEqualTo("a <code>&lt;b&gt;</code> c");
    }
}
