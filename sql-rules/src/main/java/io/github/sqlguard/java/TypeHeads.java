package io.github.sqlguard.java;

import java.util.ArrayList;
import java.util.List;

/**
 * The types a Java file declares with the types they extend or implement and whether they are abstract, read from
 * the text with plain searches
 * (no tokenizer): it runs on every file of a scan. A comment or string that reads like a declaration adds a type
 * that is not there, which can only add candidates to a call that is resolved by name.
 */
final class TypeHeads {

    /**
     * A type that extends or implements others (simple names only, type arguments left out), or that is abstract:
     * an interface, or a class declared {@code abstract}.
     */
    record Head(String name, List<String> supertypes, boolean isAbstract) {
    }

    private static final List<String> KEYWORDS = List.of("class", "interface", "enum", "record");
    /** How far after a type's name its {@code extends} and {@code implements} are looked for. */
    private static final int MAX_HEAD = 2_000;

    private TypeHeads() {
    }

    /**
     * The types of {@code text} that extend a class or interface: for a file without text methods, only those
     * matter, as links in the lineage of a receiver's type.
     */
    static List<Head> extending(String text) {
        if (!Keywords.any(text, Keywords.EXTENDS)) {
            return List.of();
        }
        return of(text).stream().filter(h -> !h.supertypes().isEmpty()).toList();
    }

    /** The types of {@code text} that name a supertype or are abstract. */
    static List<Head> of(String text) {
        List<Head> out = new ArrayList<>();
        if (!Keywords.any(text, Keywords.EXTENDS | Keywords.IMPLEMENTS | Keywords.ABSTRACT | Keywords.INTERFACE)) {
            return out;
        }
        for (String keyword : KEYWORDS) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
                Head head = head(text, at, keyword);
                if (head != null) {
                    out.add(head);
                }
            }
        }
        return out;
    }

    private static Head head(String text, int at, String keyword) {
        int end = at + keyword.length();
        if ((at > 0 && (JavaLexer.isIdentifierPart(text.charAt(at - 1)) || text.charAt(at - 1) == '.'
                || text.charAt(at - 1) == '@')) || end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return null;
        }
        int i = skipSpace(text, end);
        int nameEnd = identifierEnd(text, i);
        if (nameEnd == i) {
            return null;
        }
        String name = text.substring(i, nameEnd);
        i = skipBalanced(text, skipSpace(text, nameEnd), '<', '>');
        i = skipBalanced(text, skipSpace(text, i), '(', ')');
        List<String> supertypes = new ArrayList<>();
        boolean listing = false;
        int limit = Math.min(text.length(), i + MAX_HEAD);
        while (i < limit) {
            i = skipSpace(text, i);
            if (i >= limit || text.charAt(i) == '{' || text.charAt(i) == ';') {
                break;
            }
            int wordEnd = identifierEnd(text, i);
            if (wordEnd == i) {
                i = text.charAt(i) == '<' ? skipBalanced(text, i, '<', '>') : i + 1;
                continue;
            }
            String word = text.substring(i, wordEnd);
            if (word.equals("extends") || word.equals("implements")) {
                listing = true;
            } else if (word.equals("permits")) {
                listing = false;
            } else if (listing) {
                int last = i;
                int j = wordEnd;
                while (j + 1 < text.length() && text.charAt(j) == '.' && identifierEnd(text, j + 1) > j + 1) {
                    last = j + 1;
                    j = identifierEnd(text, j + 1);
                }
                supertypes.add(text.substring(last, j));
                wordEnd = j;
            }
            i = wordEnd;
        }
        boolean isAbstract = keyword.equals("interface") || declaredAbstract(text, at);
        return supertypes.isEmpty() && !isAbstract ? null : new Head(name, List.copyOf(supertypes), isAbstract);
    }

    /** True if the modifiers before the keyword at {@code at}, back to the member before, hold {@code abstract}. */
    private static boolean declaredAbstract(String text, int at) {
        int from = at;
        while (from > 0 && at - from < MAX_HEAD && "{};".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int found = text.indexOf("abstract", from);
        return found >= 0 && found < at;
    }

    private static int identifierEnd(String text, int from) {
        int i = from;
        if (i >= text.length() || !JavaLexer.isIdentifierStart(text.charAt(i))) {
            return from;
        }
        while (i < text.length() && JavaLexer.isIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past a group opened at {@code from} by {@code open} and closed by {@code close}, or {@code from}. */
    private static int skipBalanced(String text, int from, char open, char close) {
        if (from >= text.length() || text.charAt(from) != open) {
            return from;
        }
        int depth = 0;
        int limit = Math.min(text.length(), from + MAX_HEAD);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
