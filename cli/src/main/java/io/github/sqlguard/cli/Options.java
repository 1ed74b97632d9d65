package io.github.sqlguard.cli;

import static io.github.sqlguard.cli.CommandDefinition.AUDIT;
import static io.github.sqlguard.cli.CommandDefinition.BASELINE;
import static io.github.sqlguard.cli.CommandDefinition.CHANGED_SINCE;
import static io.github.sqlguard.cli.CommandDefinition.CONFIG;
import static io.github.sqlguard.cli.CommandDefinition.DEFAULT_FAIL_ON;
import static io.github.sqlguard.cli.CommandDefinition.DEFAULT_FORMAT;
import static io.github.sqlguard.cli.CommandDefinition.EXCLUDE;
import static io.github.sqlguard.cli.CommandDefinition.FAIL_ON;
import static io.github.sqlguard.cli.CommandDefinition.FORMAT;
import static io.github.sqlguard.cli.CommandDefinition.INCLUDE_TESTS;
import static io.github.sqlguard.cli.CommandDefinition.LIST_RULES;
import static io.github.sqlguard.cli.CommandDefinition.OUTPUT;
import static io.github.sqlguard.cli.CommandDefinition.RULE;
import static io.github.sqlguard.cli.CommandDefinition.VERBOSE;
import static io.github.sqlguard.cli.CommandDefinition.WRITE_BASELINE;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ParseResult;

/** The values of one command line, as {@link CommandDefinition} defines them. */
record Options(
        List<Path> paths,
        String format,
        Path output,
        String failOn,
        boolean includeTests,
        Path config,
        List<String> rules,
        List<String> excludes,
        Path baseline,
        Path writeBaseline,
        String changedSince,
        boolean audit,
        boolean listRules,
        boolean verbose) {

    static Options of(ParseResult parsed) {
        return new Options(
                parsed.matchedPositionalValue(0, List.of()),
                parsed.matchedOptionValue(FORMAT, DEFAULT_FORMAT),
                parsed.matchedOptionValue(OUTPUT, null),
                parsed.matchedOptionValue(FAIL_ON, DEFAULT_FAIL_ON),
                parsed.hasMatchedOption(INCLUDE_TESTS),
                parsed.matchedOptionValue(CONFIG, null),
                parsed.matchedOptionValue(RULE, List.of()),
                parsed.matchedOptionValue(EXCLUDE, List.of()),
                parsed.matchedOptionValue(BASELINE, null),
                parsed.matchedOptionValue(WRITE_BASELINE, null),
                parsed.matchedOptionValue(CHANGED_SINCE, null),
                parsed.hasMatchedOption(AUDIT),
                parsed.hasMatchedOption(LIST_RULES),
                parsed.hasMatchedOption(VERBOSE));
    }

    boolean textFormat() {
        return format.equalsIgnoreCase("text");
    }
}
