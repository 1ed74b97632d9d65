def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard found 2 warnings: src/main/resources/db/migration/V1__init.sql:1 [delete-without-where], src/main/resources/db/migration/V1__init.sql:2 [truncate-table]')
