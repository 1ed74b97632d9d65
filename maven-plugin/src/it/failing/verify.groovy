import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
def results = sarif.runs[0].results.collect {
    def loc = it.locations[0].physicalLocation
    "${loc.artifactLocation.uri}:${loc.region.startLine} ${it.ruleId} ${it.level}".toString()
}
assert results == [
    'src/main/resources/data.sql:1 update-without-where error',
    'src/main/resources/db/migration/V1__init.sql:2 drop-table error',
    'src/main/resources/db/migration/V1__init.sql:3 delete-without-where warning',
]
def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard found 2 errors: src/main/resources/data.sql:1 [update-without-where], src/main/resources/db/migration/V1__init.sql:2 [drop-table]')
assert log.contains('[ERROR] src/main/resources/db/migration/V1__init.sql:2:1: error [drop-table]')
assert !new File(basedir, 'target/sqlguard/sqlguard.json').exists()
