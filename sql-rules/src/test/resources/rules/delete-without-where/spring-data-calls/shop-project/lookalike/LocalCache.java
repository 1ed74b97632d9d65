package shop.lookalike;

import java.util.Map;

class LocalCache {

    private final CrudRepository<String, Long> entries;
    private final Map<String, String> values;

    LocalCache(CrudRepository<String, Long> entries, Map<String, String> values) {
        this.entries = entries;
        this.values = values;
    }

    void reset() {
        // shop.lookalike.CrudRepository is the project's own type, not Spring Data's: nothing to report
        entries.deleteAll();
        values.remove("x");
    }
}
