package io.github.sqlguard.sql;

import java.util.Locale;

/**
 * One lexical token of SQL text.
 *
 * @param type         what kind of token
 * @param start        offset of its first character
 * @param end          offset one past its last character
 * @param depth        parenthesis depth at the token (0 at top level)
 * @param unterminated a string, quoted name, comment or dollar quote that runs to the end of the text
 */
public record Token(Type type, int start, int end, int depth, boolean unterminated) {

    public enum Type {
        /** An identifier or keyword, also {@code @var} and {@code #temp}. */
        WORD,
        /** {@code "name"}, {@code `name`} or {@code [name]}. */
        QUOTED_NAME,
        /** {@code 'text'}, {@code E'text'}, {@code N'text'}, {@code $tag$ text $tag$}. */
        STRING,
        NUMBER,
        /** {@code ?}, {@code ?1}, {@code :name}, {@code #{x}}, {@code ${x}}. */
        PLACEHOLDER,
        /** {@code -- ...}, {@code # ...}, {@code /* ... *}{@code /}. */
        COMMENT,
        /** Any other character or operator; {@code ;} is one. */
        SYMBOL
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** The word in upper case, or an empty string for other tokens. */
    public String word(CharSequence source) {
        return type == Type.WORD ? text(source).toUpperCase(Locale.ROOT) : "";
    }

    public boolean isWord(CharSequence source, String upperCaseWord) {
        if (type != Type.WORD || end - start != upperCaseWord.length()) {
            return false;
        }
        if (source instanceof String s) {
            return s.regionMatches(true, start, upperCaseWord, 0, upperCaseWord.length());
        }
        return source.subSequence(start, end).toString().equalsIgnoreCase(upperCaseWord);
    }

    public boolean isSymbol(CharSequence source, char c) {
        return type == Type.SYMBOL && end - start == 1 && source.charAt(start) == c;
    }
}
