package io.github.sqlguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parameter table of docs/maven-plugin.md against the plugin descriptor the build generated from the goals'
 * fields: every parameter a user can set is in it once per default value, with its property and its goals.
 */
class ParameterTableTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path DOC = Path.of("../docs/maven-plugin.md");

    /** A parameter as the table lists it: one row per name and default, with the goals that share them. */
    record Row(String name, String property, String defaultValue, String goals) {
    }

    @Test
    void theTableListsEveryParameterOfBothGoals() throws Exception {
        assertThat(tableRows()).containsExactlyInAnyOrderElementsOf(descriptorRows());
    }

    private static List<Row> descriptorRows() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        List<String[]> parameters = new ArrayList<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (int j = 0; j < params.getLength(); j++) {
                Element param = (Element) params.item(j);
                if (text(param, "editable").equals("false")) {
                    continue;
                }
                String name = text(param, "name");
                Element value = (Element) configuration.getElementsByTagName(name).item(0);
                String property = value.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                parameters.add(new String[] {name, property, value.getAttribute("default-value"), goal});
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String[] p : parameters) {
            TreeSet<String> goals = new TreeSet<>(Comparator.reverseOrder());
            parameters.stream().filter(q -> q[0].equals(p[0]) && q[2].equals(p[2])).forEach(q -> goals.add(q[3]));
            Row row = new Row(p[0], p[1], p[2], String.join(", ", goals));
            if (!rows.contains(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Row> tableRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("| parameter | user property | default | goals |")) {
                inTable = true;
            } else if (inTable && line.startsWith("| `")) {
                String[] cells = line.replace("\\|", "\u0000").split("\\|");
                rows.add(new Row(code(cells[1]), code(cells[2]), code(cells[3]), cells[4].strip()));
            } else if (inTable && !line.startsWith("|---")) {
                break;
            }
        }
        return rows;
    }

    private static String code(String cell) {
        return cell.strip().replaceAll("^`(.*)`$", "$1");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
