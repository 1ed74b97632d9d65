package io.github.sqlguard.java;

import java.util.Set;

/**
 * MyBatis-Plus query wrappers by name: the classes and factories that build one with no condition, and the methods
 * that add none. Any other method of a wrapper counts as a condition, so that a call stays quiet when it may filter.
 * Public so that the bytecode detector judges wrappers as the source scanner does.
 */
public final class WrapperMethods {

    /** Wrapper classes whose no-argument (or entity-class) constructor builds an empty wrapper. */
    public static final Set<String> TYPES = Set.of("QueryWrapper", "UpdateWrapper", "LambdaQueryWrapper",
            "LambdaUpdateWrapper");
    /** The class of the factories. */
    public static final String FACTORY_CLASS = "Wrappers";
    /** Factories of {@link #FACTORY_CLASS} that build an empty wrapper when given nothing or an entity class. */
    public static final Set<String> FACTORIES = Set.of("query", "lambdaQuery", "update", "lambdaUpdate",
            "emptyWrapper");

    /**
     * Methods that add no row filter: the columns to select or set, the order ({@code orderBy...}), a lambda view of
     * the same wrapper, and getters ({@code get...} and the tests of emptiness). {@code groupBy} and {@code having}
     * are not among them: they make a DELETE or UPDATE fail on MySQL and PostgreSQL rather than touch every row, so
     * they are taken as conditions, as {@code last} and {@code apply} are.
     */
    private static final Set<String> NON_CONDITIONS = Set.of("select", "set", "setSql", "setEntityClass", "lambda",
            "toString", "isEmptyOfWhere", "isEmptyOfNormal", "isEmptyOfEntity", "nonEmptyOfWhere",
            "nonEmptyOfNormal", "nonEmptyOfEntity");

    private WrapperMethods() {
    }

    /** True if calling {@code method} on a wrapper may add a row filter. */
    public static boolean isCondition(String method) {
        return !NON_CONDITIONS.contains(method) && !method.startsWith("orderBy") && !method.startsWith("get");
    }
}
