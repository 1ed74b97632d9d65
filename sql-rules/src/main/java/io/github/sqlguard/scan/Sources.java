package io.github.sqlguard.scan;

import io.github.sqlguard.mybatis.MyBatisMapperSource;
import io.github.sqlguard.settings.SettingsSource;
import java.util.List;

/** The sources a scan uses, in the order they are asked. */
public final class Sources {

    static final Source SQL_SCRIPT = new SqlScriptSource();
    static final Source MYBATIS_MAPPER = new MyBatisMapperSource();
    static final Source SETTINGS = new SettingsSource();

    private Sources() {
    }

    public static List<Source> all() {
        return List.of(SQL_SCRIPT, MYBATIS_MAPPER, SETTINGS);
    }
}
