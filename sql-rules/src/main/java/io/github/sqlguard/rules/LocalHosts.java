package io.github.sqlguard.rules;

import java.util.Locale;
import java.util.Set;

/**
 * Which servers run on the developer's machine: {@code localhost} and names under {@code .localhost}, loopback
 * addresses, {@code 0.0.0.0}, Docker's {@code host.docker.internal} and the other names under
 * {@code .docker.internal}, Testcontainers' {@code host.testcontainers.internal}, the containers of the
 * project's Compose files, and a name of one label ({@code db}, {@code postgres}, {@code mysql-server}) that says no
 * production word as a whole word: such a name is a container, a Kubernetes service or an alias of the machine's own hosts file,
 * which a developer's command cannot reach unless it runs there. A one-label name that says production
 * ({@code prod-db}, {@code db_live}) is still remote.
 */
final class LocalHosts {

    private static final Set<String> NAMES = Set.of("localhost", "localhost.localdomain", "ip6-localhost",
            "ip6-loopback", "0.0.0.0", "::1", "0:0:0:0:0:0:0:1", "host.testcontainers.internal");

    private LocalHosts() {
    }

    /** True when every server of the URL is local, or the database is embedded. */
    static boolean isLocal(DatabaseUrl url, Set<String> serviceHosts, EnvironmentWords words) {
        return url.embedded() || url.hosts().stream().allMatch(h -> isLocal(h.name(), serviceHosts, words));
    }

    /** The first server of the URL that is not local, or null. */
    static String firstRemote(DatabaseUrl url, Set<String> serviceHosts, EnvironmentWords words) {
        if (url.embedded()) {
            return null;
        }
        return url.hosts().stream().map(DatabaseUrl.Host::name).filter(h -> !isLocal(h, serviceHosts, words)).findFirst()
                .orElse(null);
    }

    static boolean isLocal(String host, Set<String> serviceHosts, EnvironmentWords words) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.isEmpty() || NAMES.contains(h) || h.endsWith(".localhost") || h.endsWith(".docker.internal")
                || h.matches("127(\\.\\d{1,3}){3}") || serviceHosts.contains(h) || isPlainName(h, words);
    }

    /** A host name of one label, not an address, that no production word is a word of. */
    private static boolean isPlainName(String host, EnvironmentWords words) {
        return host.matches("[a-z][a-z0-9_-]*")
                && EnvironmentWords.words(host).stream().noneMatch(words.production()::contains);
    }
}
