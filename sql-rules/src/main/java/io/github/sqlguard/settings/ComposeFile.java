package io.github.sqlguard.settings;

import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The host names a Docker Compose file gives its containers: each service's name, {@code container_name},
 * {@code hostname} and network {@code aliases}. A database URL naming one of them reaches a container on the
 * developer's machine. The YAML is composed into nodes, never constructed into objects, under the limits Spring YAML
 * is read with; a file that cannot be read gives what was read before.
 */
final class ComposeFile {

    private static final Pattern NAME = Pattern.compile("(docker-)?compose([.-][^/]*)?\\.ya?ml");

    private ComposeFile() {
    }

    static boolean isCompose(String fileName) {
        return NAME.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    static Set<String> hosts(String text) {
        Set<String> hosts = new TreeSet<>();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(YamlFile.MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(YamlFile.MAX_DEPTH);
        try {
            for (Node document : new Yaml(options).composeAll(new StringReader(text))) {
                Node services = value(document, "services");
                if (services instanceof MappingNode mapping) {
                    for (NodeTuple service : mapping.getValue()) {
                        add(hosts, service.getKeyNode());
                        add(hosts, value(service.getValueNode(), "container_name"));
                        add(hosts, value(service.getValueNode(), "hostname"));
                        aliases(value(service.getValueNode(), "networks"), hosts);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a broken Compose file names the hosts read before the break
        }
        return hosts;
    }

    private static void aliases(Node networks, Set<String> hosts) {
        if (networks instanceof MappingNode mapping) {
            for (NodeTuple network : mapping.getValue()) {
                if (value(network.getValueNode(), "aliases") instanceof SequenceNode aliases) {
                    aliases.getValue().forEach(alias -> add(hosts, alias));
                }
            }
        }
    }

    private static Node value(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    private static void add(Set<String> hosts, Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            hosts.add(scalar.getValue().strip().toLowerCase(Locale.ROOT));
        }
    }
}
