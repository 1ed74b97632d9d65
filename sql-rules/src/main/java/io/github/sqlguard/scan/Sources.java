package io.github.sqlguard.scan;

import io.github.sqlguard.core.Source;
import io.github.sqlguard.sql.SqlScriptSource;
import io.github.sqlguard.liquibase.LiquibaseSource;
import io.github.sqlguard.java.JavaSource;
import io.github.sqlguard.mybatis.MyBatisMapperSource;
import io.github.sqlguard.settings.SettingsSource;
import java.util.List;

/** The sources a scan uses, in the order they are asked: the first that recognizes a file reads it. */
public final class Sources {

    static final Source SQL_SCRIPT = new SqlScriptSource();
    static final Source LIQUIBASE = new LiquibaseSource();
    static final Source MYBATIS_MAPPER = new MyBatisMapperSource();
    static final Source SETTINGS = new SettingsSource();
    static final Source JAVA = new JavaSource();

    private Sources() {
    }

    public static List<Source> all() {
        return List.of(SQL_SCRIPT, LIQUIBASE, MYBATIS_MAPPER, SETTINGS, JAVA);
    }
}
