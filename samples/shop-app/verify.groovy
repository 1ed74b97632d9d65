// The exact findings sqlguard:check reports for this sample (run by the maven-plugin integration tests).
import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
def results = sarif.runs[0].results.collect {
    def loc = it.locations[0].physicalLocation
    "${loc.artifactLocation.uri}:${loc.region.startLine} ${it.ruleId} ${it.level}".toString()
}
def main = 'src/main/'
assert results == [
    'pom.xml:85 remote-migration-url error',
    main + 'java/com/example/shop/CartCleaner.java:14 delete-without-where error',
    main + 'java/com/example/shop/CartItemRepository.java:10 delete-without-where error',
    main + 'java/com/example/shop/CollectionStore.java:19 fallback-drop error',
    main + 'java/com/example/shop/ProformaDao.java:16 update-without-where error',
    main + 'java/com/example/shop/SessionMapper.java:8 tautological-where error',
    main + 'resources/application-staging.properties:2 cross-environment-database error',
    main + 'resources/application.properties:4 destructive-schema-setting error',
    main + 'resources/db/migration/V2__retire_legacy.sql:2 drop-table error',
    main + 'resources/db/migration/V2__retire_legacy.sql:7 drop-column warning',
    main + 'resources/db/migration/V3__feature_flags.sql:2 drop-and-recreate error',
    main + 'resources/db/migration/V4__reporting.sql:1 drop-schema error',
    main + 'resources/db/migration/V4__reporting.sql:4 truncate-table warning',
    main + 'resources/db/migration/V4__reporting.sql:6 delete-without-where warning',
    main + 'resources/db/migration/V4__reporting.sql:8 tautological-where error',
    main + 'resources/db/migration/V4__reporting.sql:11 unparsable-sql note',
    main + 'resources/db/migration/V4__reporting.sql:13 unused-suppression warning',
    main + 'resources/mapper/OrderMapper.xml:6 conditional-where error',
    main + 'resources/scripts/reset-dev-database.sql:2 drop-database error',
]
assert new File(basedir, 'build.log').text.contains('sqlguard found 14 errors')
