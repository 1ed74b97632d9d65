package io.github.sqlguard.mybatis;

import io.github.sqlguard.core.PieceFact;
import java.util.Set;

/**
 * A MyBatis statement turned into SQL a piece can carry.
 *
 * @param text  the statement with every condition true: each {@code <if>} included, the first {@code <when>} of a
 *              {@code <choose>}, one iteration of a {@code <foreach>}; {@code #{...}} as {@code ?} and {@code ${...}}
 *              as {@link io.github.sqlguard.core.SqlPiece#UNKNOWN_FRAGMENT}
 * @param facts always {@link PieceFact#SINGLE_STATEMENT}; {@link PieceFact#WHERE_CONDITIONAL} when the text has a
 *              WHERE that disappears when every condition is false
 */
public record MyBatisSql(String text, Set<PieceFact> facts) {

    public MyBatisSql {
        facts = Set.copyOf(facts);
    }
}
