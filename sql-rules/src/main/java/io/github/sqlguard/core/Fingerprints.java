package io.github.sqlguard.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Line-independent ids of findings. A finding's place is its rule, its file, its statement normalized
 * ({@link Finding#statementKey()}) and its occurrence: the n-th finding of that rule on that same statement text in
 * that file, counted in report order. Inserting or removing lines elsewhere changes none of these.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The findings sorted in report order, each with its {@link Finding#fingerprint()}. */
    public static List<Finding> assign(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        int[] occurrences = occurrences(sorted);
        List<Finding> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            out.add(f.withFingerprint(hash(f.ruleId(), f.file(), f.statementKey(), Integer.toString(occurrences[i]))));
        }
        return out;
    }

    /**
     * For each finding, in the given order, the id without its file: rule, statement and occurrence in its file. It
     * recognizes a finding whose file was renamed or moved. The occurrence is counted as {@link #assign} counts it,
     * so pass the findings of whole files.
     */
    public static List<String> withoutFile(List<Finding> findings) {
        Integer[] order = new Integer[findings.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Finding.ORDER.compare(findings.get(a), findings.get(b)));
        List<Finding> sorted = Arrays.stream(order).map(findings::get).toList();
        int[] occurrences = occurrences(sorted);
        String[] out = new String[findings.size()];
        for (int i = 0; i < order.length; i++) {
            Finding f = sorted.get(i);
            out[order[i]] = hash(f.ruleId(), f.statementKey(), Integer.toString(occurrences[i]));
        }
        return List.of(out);
    }

    /** 1 for the first finding of a rule on a statement text in a file, 2 for the second, ...; input sorted. */
    private static int[] occurrences(List<Finding> sorted) {
        Map<String, Integer> seen = new HashMap<>();
        int[] out = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            out[i] = seen.merge(f.ruleId() + '\0' + f.file() + '\0' + f.statementKey(), 1, Integer::sum);
        }
        return out;
    }

    /** First 128 bits of the SHA-256 of the parts joined by NUL, in hex. */
    static String hash(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\0", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
