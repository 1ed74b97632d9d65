import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'sqlguard-baseline.json'))
assert baseline.findings.collect { "${it.file} ${it.ruleId}".toString() } == [
    'src/main/resources/db/migration/V1__init.sql delete-without-where',
    'src/main/resources/db/migration/V1__init.sql drop-table',
]
def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
def results = sarif.runs[0].results.collect {
    def loc = it.locations[0].physicalLocation
    "${loc.artifactLocation.uri}:${loc.region.startLine} ${it.ruleId}".toString()
}
assert results == ['src/main/resources/db/migration/V2__drop_customer.sql:2 drop-table']
def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard: 2 findings hidden by the baseline, 0 fixed')
assert log.contains('sqlguard found 1 error: src/main/resources/db/migration/V2__drop_customer.sql:2 [drop-table]')
