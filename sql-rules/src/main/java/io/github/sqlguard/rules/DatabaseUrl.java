package io.github.sqlguard.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as configuration files write it, read for where it leads: JDBC
 * ({@code jdbc:postgresql://h:5432/db}, {@code jdbc:mysql://h/db?x}, {@code jdbc:sqlserver://h:1433;databaseName=db},
 * {@code jdbc:oracle:thin:@//h:1521/svc} and {@code @h:1521:sid}, several hosts, wrapped by P6Spy, log4jdbc,
 * OpenTelemetry or the AWS drivers: {@code jdbc:p6spy:mysql://h/db}), R2DBC, and the URIs of
 * {@code DATABASE_URL} ({@code postgres://user:pw@h/db}).
 *
 * @param text     the URL as written, credentials included: show it only {@link #masked()}
 * @param vendor   the driver's name, lower case: {@code postgresql}, {@code mysql}, {@code sqlserver}, ...
 * @param hosts    the servers it connects to, in order; empty for an embedded database
 * @param database the database, service or SID it names, or an empty string
 * @param embedded a database inside the process or in a file of the machine, or one Testcontainers starts: H2,
 *                 HSQLDB and Derby in memory or in a file, SQLite, {@code jdbc:tc:}
 */
public record DatabaseUrl(String text, String vendor, List<Host> hosts, String database, boolean embedded) {

    /** A server: its name as written, lower case, and its port, or -1 when the URL gives none. */
    public record Host(String name, int port) {
    }

    private static final Map<String, String> URI_SCHEMES = Map.of("postgres", "postgresql", "postgresql",
            "postgresql", "mysql", "mysql", "mysql2", "mysql", "mariadb", "mariadb", "sqlserver", "sqlserver",
            "mssql", "sqlserver", "oracle", "oracle", "cockroachdb", "postgresql", "postgis", "postgresql");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("postgresql", 5432, "mysql", 3306, "mariadb",
            3306, "sqlserver", 1433, "oracle", 1521, "db2", 50000, "redshift", 5439);
    private static final Pattern USER_INFO = Pattern.compile("(://)[^/@\\s?#;'\"<>]+@");
    private static final Pattern ORACLE_USER = Pattern.compile("(?i)(jdbc:oracle:\\w+:)[^@\\s/'\"<>]*/[^@\\s'\"<>]*@");
    private static final Pattern PASSWORD = Pattern.compile(
            "(?i)(\\b(?:password|passwd|pwd)\\s*=\\s*)(\\{[^}]*}|[^;&\\s'\"`<>)]*)");
    private static final Pattern PROPERTY = Pattern.compile("(?i)[;?&](\\w+)=([^;&?]*)");
    private static final Pattern ORACLE_DESCRIPTION = Pattern.compile("(?i)\\((HOST|PORT|SERVICE_NAME|SID)\\s*=\\s*"
            + "([^)\\s]+)\\s*\\)");
    /**
     * {@code jdbc:} and the drivers that wrap another one and take its URL after their own prefix: P6Spy, log4jdbc,
     * OpenTelemetry, the AWS Advanced JDBC Wrapper and Secrets Manager driver, OpenTracing.
     */
    private static final Pattern WRAPPER = Pattern.compile(
            "(?i)(?:jdbc:|jdbc-secretsmanager:)(?:(?:p6spy|log4jdbc|otel|opentelemetry|aws-wrapper|tracing):)*");
    private static final Pattern MYSQL_ADDRESS = Pattern.compile("(?i)\\((host|port)=([^)]*)\\)");

    public DatabaseUrl {
        hosts = List.copyOf(hosts);
    }

    /** The URL read from {@code text}, or empty when it is no database URL this class knows. */
    public static Optional<DatabaseUrl> parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String rest;
        Matcher wrapper = WRAPPER.matcher(t);
        if (wrapper.lookingAt()) {
            rest = t.substring(wrapper.end());
            if (rest.toLowerCase(Locale.ROOT).startsWith("tc:")) {
                return Optional.of(new DatabaseUrl(t, vendorOf(rest.substring(3).toLowerCase(Locale.ROOT)),
                        List.of(), "", true));
            }
        } else if (lower.startsWith("r2dbc:")) {
            rest = t.substring(6).replaceFirst("(?i)^(pool:|proxy:)+", "");
        } else {
            int scheme = lower.indexOf("://");
            String vendor = scheme < 0 ? null : URI_SCHEMES.get(lower.substring(0, scheme));
            return vendor == null ? Optional.empty() : server(t, vendor, t.substring(scheme + 1));
        }
        String vendor = vendorOf(rest.toLowerCase(Locale.ROOT));
        if (vendor.isEmpty()) {
            return Optional.empty();
        }
        String afterVendor = rest.substring(vendor.length() + 1);
        String after = afterVendor.toLowerCase(Locale.ROOT);
        return switch (vendor) {
            case "h2" -> after.startsWith("tcp://") || after.startsWith("ssl://")
                    ? server(t, vendor, afterVendor.substring(after.indexOf(':') + 1)) : embedded(t, vendor);
            case "hsqldb" -> after.matches("(hsqls?|https?)://.*")
                    ? server(t, vendor, afterVendor.substring(after.indexOf(':') + 1)) : embedded(t, vendor);
            case "derby" -> after.startsWith("//") ? server(t, vendor, afterVendor) : embedded(t, vendor);
            case "sqlite" -> embedded(t, vendor);
            case "oracle" -> oracle(t, afterVendor);
            default -> {
                int slashes = afterVendor.indexOf("//");
                if (slashes >= 0) {
                    yield server(t, vendor, afterVendor.substring(slashes));
                }
                yield vendor.equals("postgresql") ? Optional.of(new DatabaseUrl(t, vendor, List.of(
                        new Host("localhost", -1)), firstSegment(afterVendor.replaceFirst("^/", "")), false))
                        : Optional.empty();
            }
        };
    }

    /** {@code text} with the user-info part of every URL in it and every {@code password=} value masked. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll("$1***@");
        masked = ORACLE_USER.matcher(masked).replaceAll("$1***@");
        return PASSWORD.matcher(masked).replaceAll("$1***");
    }

    /** The URL as it may be shown: without user name, password or {@code password=} value. */
    public String masked() {
        return mask(text);
    }

    /** The server, port and database this URL reaches, credentials and options aside; null when embedded. */
    public String identity() {
        if (embedded) {
            return null;
        }
        StringBuilder sb = new StringBuilder(vendor.equals("mariadb") ? "mysql" : vendor).append("://");
        for (Host h : hosts) {
            int port = h.port() >= 0 ? h.port() : DEFAULT_PORTS.getOrDefault(vendor, -1);
            sb.append(h.name()).append(':').append(port).append(',');
        }
        return sb.append('/').append(database.toLowerCase(Locale.ROOT)).toString();
    }

    private static String vendorOf(String rest) {
        int colon = rest.indexOf(':');
        return colon <= 0 || !rest.substring(0, colon).matches("[a-z0-9]+") ? "" : rest.substring(0, colon);
    }

    private static Optional<DatabaseUrl> embedded(String text, String vendor) {
        return Optional.of(new DatabaseUrl(text, vendor, List.of(), "", true));
    }

    /** A URL whose {@code authority} part starts with {@code //}: {@code //user@h1:1,h2/db?x} or {@code ;x=y}. */
    private static Optional<DatabaseUrl> server(String text, String vendor, String fromSlashes) {
        String s = fromSlashes.substring(2);
        int end = authorityEnd(s);
        String authority = s.substring(0, end);
        String rest = s.substring(end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        List<Host> hosts = authority.contains("(") ? mysqlAddresses(authority) : hosts(authority);
        String database = rest.startsWith("/") ? path(vendor, rest.substring(1)) : "";
        Map<String, String> properties = properties(rest);
        if (database.isEmpty()) {
            database = properties.getOrDefault("databasename", properties.getOrDefault("database",
                    properties.getOrDefault("db", "")));
        }
        if (hosts.isEmpty() && properties.containsKey("servername")) {
            hosts = List.of(new Host(properties.get("servername").toLowerCase(Locale.ROOT),
                    port(properties.getOrDefault("portnumber", ""))));
        }
        if (hosts.isEmpty()) {
            hosts = List.of(new Host("localhost", -1));
        }
        return Optional.of(new DatabaseUrl(text, vendor, hosts, database, false));
    }

    private static int authorityEnd(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && (c == '/' || c == '?' || c == ';' || c == '#')) {
                return i;
            }
        }
        return s.length();
    }

    private static List<Host> hosts(String authority) {
        List<Host> hosts = new ArrayList<>();
        for (String part : authority.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String name;
            String port = "";
            if (p.startsWith("[")) {
                int close = p.indexOf(']');
                name = close < 0 ? p.substring(1) : p.substring(1, close);
                port = close >= 0 && p.startsWith(":", close + 1) ? p.substring(close + 2) : "";
            } else {
                int colon = p.lastIndexOf(':');
                name = colon < 0 ? p : p.substring(0, colon);
                port = colon < 0 ? "" : p.substring(colon + 1);
            }
            int instance = name.indexOf('\\');
            name = instance < 0 ? name : name.substring(0, instance);
            if (!name.isEmpty()) {
                hosts.add(new Host(name.toLowerCase(Locale.ROOT), port(port)));
            }
        }
        return hosts;
    }

    /** MySQL's {@code address=(host=h)(port=3306)} form, one address after the other. */
    private static List<Host> mysqlAddresses(String authority) {
        List<Host> hosts = new ArrayList<>();
        for (String address : authority.split(",")) {
            String name = null;
            String port = "";
            Matcher m = MYSQL_ADDRESS.matcher(address);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase("host")) {
                    name = m.group(2).strip();
                } else {
                    port = m.group(2).strip();
                }
            }
            if (name != null && !name.isEmpty()) {
                hosts.add(new Host(name.toLowerCase(Locale.ROOT), port(port)));
            }
        }
        return hosts;
    }

    /** The database of a URL's path: its first segment, or for H2 and HSQLDB (file paths) its last. */
    private static String path(String vendor, String path) {
        String p = path;
        for (char c : new char[] {'?', ';', '#'}) {
            p = firstOf(p, c);
        }
        if (vendor.equals("h2") || vendor.equals("hsqldb")) {
            return p.substring(p.lastIndexOf('/') + 1);
        }
        return firstSegment(p);
    }

    private static String firstSegment(String p) {
        String s = p;
        for (char c : new char[] {'/', '?', ';', '#'}) {
            s = firstOf(s, c);
        }
        return s;
    }

    /** {@code s} up to the first {@code c}, or all of it. */
    private static String firstOf(String s, char c) {
        int at = s.indexOf(c);
        return at < 0 ? s : s.substring(0, at);
    }

    private static Map<String, String> properties(String rest) {
        Map<String, String> properties = new HashMap<>();
        Matcher m = PROPERTY.matcher(rest);
        while (m.find()) {
            properties.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        }
        return properties;
    }

    /** Oracle's thin and OCI forms: {@code @//h:1521/svc}, {@code @h:1521:sid}, {@code @(DESCRIPTION=...)}, aliases. */
    private static Optional<DatabaseUrl> oracle(String text, String afterVendor) {
        int at = afterVendor.indexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String target = afterVendor.substring(at + 1).strip();
        if (target.startsWith("(")) {
            List<Host> hosts = new ArrayList<>();
            String port = "";
            String database = "";
            Matcher m = ORACLE_DESCRIPTION.matcher(target);
            while (m.find()) {
                switch (m.group(1).toUpperCase(Locale.ROOT)) {
                    case "HOST" -> hosts.add(new Host(m.group(2).toLowerCase(Locale.ROOT), -1));
                    case "PORT" -> port = port.isEmpty() ? m.group(2) : port;
                    default -> database = database.isEmpty() ? m.group(2) : database;
                }
            }
            int p = port(port);
            return Optional.of(new DatabaseUrl(text, "oracle", hosts.stream().map(h -> new Host(h.name(), p))
                    .toList(), database, false));
        }
        String t = firstOf(target.startsWith("//") ? target.substring(2) : target, '?');
        int slash = t.indexOf('/');
        String hostPort = slash < 0 ? t : t.substring(0, slash);
        String database = slash < 0 ? "" : firstSegment(t.substring(slash + 1)).replaceFirst(":.*", "");
        String[] parts = hostPort.split(":");
        if (parts.length >= 3 && database.isEmpty()) {
            database = parts[2];
        }
        Host host = new Host(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? port(parts[1]) : -1);
        return Optional.of(new DatabaseUrl(text, "oracle", List.of(host), database, false));
    }

    private static int port(String text) {
        String digits = text.strip();
        return digits.matches("\\d{1,5}") ? Integer.parseInt(digits) : -1;
    }
}
