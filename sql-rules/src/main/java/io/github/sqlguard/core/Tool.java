package io.github.sqlguard.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name, home page and version of sqlguard, as reports and the command line show them. */
public final class Tool {

    public static final String NAME = "sqlguard";
    public static final String INFORMATION_URI = "https://github.com/sqlguard/sqlguard";

    private static final String VERSION = readVersion();

    private Tool() {
    }

    /** The version of this build, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the sqlguard-rules jar");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException("tool.properties has no version: the build did not filter it");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
