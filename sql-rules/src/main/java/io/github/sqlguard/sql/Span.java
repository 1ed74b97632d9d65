package io.github.sqlguard.sql;

/**
 * Where one statement stands in a piece of SQL text.
 *
 * @param start offset of its first code character (leading comments and white space excluded)
 * @param end   offset one past its last code character (the delimiter and trailing comments excluded)
 * @param block true for a procedural block (a function or procedure body, a {@code DO} block, an anonymous
 *              {@code BEGIN ... END} or {@code DECLARE} block, a trigger), whose inner statements are checked too
 */
public record Span(int start, int end, boolean block) {
}
