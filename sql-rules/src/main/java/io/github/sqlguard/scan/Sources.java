package io.github.sqlguard.scan;

import io.github.sqlguard.java.JavaSource;
import java.util.List;

/** The sources a scan uses, in the order they are asked. */
public final class Sources {

    static final Source SQL_SCRIPT = new SqlScriptSource();
    static final Source JAVA = new JavaSource();

    private Sources() {
    }

    public static List<Source> all() {
        return List.of(SQL_SCRIPT, JAVA);
    }
}
