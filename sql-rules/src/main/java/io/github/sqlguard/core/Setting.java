package io.github.sqlguard.core;

import java.util.List;

/**
 * One key and value read from a configuration file.
 *
 * @param key     the key as written, nested YAML keys joined with dots
 * @param value   the value, escapes decoded and surrounding white space removed
 * @param start   the key's first character
 * @param end     one past the value's last character
 * @param profile the profile the setting is in: the Spring profile of its document
 *                ({@code spring.config.activate.on-profile}) or the id of the Maven profile; null for none
 * @param block   the block of the file the setting is in, when blocks of one file apply at different times: the id
 *                of the Maven plugin execution it configures; null elsewhere
 */
public record Setting(String key, String value, Position start, Position end, String profile, String block) {

    public Setting(String key, String value, Position start, Position end) {
        this(key, value, start, end, null, null);
    }

    public Setting(String key, String value, Position start, Position end, String profile) {
        this(key, value, start, end, profile, null);
    }

    public String snippet() {
        return key + "=" + value;
    }

    public Setting inProfile(String name) {
        return new Setting(key, value, start, end, name, block);
    }

    public Setting inBlock(String name) {
        return new Setting(key, value, start, end, profile, name);
    }

    /** This setting's key in {@link #canonical} form. */
    public String canonicalKey() {
        return canonical(key);
    }

    /** The profile a document of settings activates on, or null. */
    public static String profileOf(List<Setting> document) {
        for (Setting s : document) {
            String k = s.canonicalKey();
            if (k.equals("spring.config.activate.onprofile") || k.equals("spring.profiles")) {
                return s.value();
            }
        }
        return null;
    }

    /**
     * A key the way Spring's relaxed binding compares it: lower case, dashes and underscores dropped, {@code [x]}
     * written as {@code .x}. {@code spring.jpa.hibernate.ddlAuto} and {@code spring.jpa.hibernate.ddl-auto} are one
     * key.
     */
    public static String canonical(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '[') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '.') {
                    sb.append('.');
                }
            } else if (c != ']' && c != '-' && c != '_' && c != '"' && c != '\'') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
