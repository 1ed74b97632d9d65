package io.github.sqlguard.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words that say which environment a name is for, as whole words of it: {@code pg-prod.acme.internal},
 * {@code shop_prod} and {@code application-prod.yml} say production, {@code improd} and {@code reproduce} do not.
 * Words are cut at every character that is not a letter or a digit, between letters and digits
 * ({@code prod2}) and before an upper-case letter that follows a lower-case one ({@code shopProd}).
 *
 * @param production words of production: {@code prod}, {@code production}, {@code prd}, {@code live},
 *                   {@code primary}
 * @param other      words of every other environment: development, local, test, QA, staging
 */
public record EnvironmentWords(List<String> production, List<String> other) {

    public static final EnvironmentWords DEFAULT = new EnvironmentWords(
            List.of("prod", "production", "prd", "live", "primary"),
            List.of("dev", "develop", "development", "local", "test", "testing", "qa", "staging", "stage"));

    public EnvironmentWords {
        production = production.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        other = other.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Which environment a name says. */
    public enum Side {
        PRODUCTION, OTHER, NEITHER
    }

    /** Production if the name holds a production word and no other, other the other way round, else neither. */
    public Side side(String name) {
        List<String> words = words(name);
        boolean prod = words.stream().anyMatch(production::contains);
        boolean nonProd = words.stream().anyMatch(other::contains);
        return prod == nonProd ? Side.NEITHER : prod ? Side.PRODUCTION : Side.OTHER;
    }

    /** The production word a name says production with, when it says nothing else. */
    public Optional<String> productionWord(String name) {
        if (side(name) != Side.PRODUCTION) {
            return Optional.empty();
        }
        return words(name).stream().filter(production::contains).findFirst();
    }

    /** The words of a name, lower case, in order. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean cut = !Character.isLetterOrDigit(c)
                    || word.length() > 0 && (Character.isDigit(c) != Character.isDigit(previous)
                    || Character.isUpperCase(c) && Character.isLowerCase(previous));
            if (cut && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
