def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard found 2 errors: src/main/resources/db/migration/V1__init.sql:1 [drop-table], src/main/resources/db/migration/V1__init.sql:2 [drop-table] (1 allowed)')
