package io.github.sqlguard.report;

/**
 * Escaping for the XML and HTML reports. Characters XML 1.0 cannot hold at all (control characters other than tab
 * and line ends, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD, so that no message can make a report
 * unreadable.
 */
final class Markup {

    private Markup() {
    }

    /** Text content of an XML element. */
    static String text(String s) {
        return escape(s, false);
    }

    /** An XML or HTML attribute value in double quotes; line ends and tabs as character references, so they stay. */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
