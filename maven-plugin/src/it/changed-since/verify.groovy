import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
def results = sarif.runs[0].results.collect {
    def loc = it.locations[0].physicalLocation
    "${loc.artifactLocation.uri}:${loc.region.startLine}-${loc.region.endLine} ${it.ruleId}".toString()
}
assert results == [
    'src/main/resources/db/migration/V1__init.sql:4-4 truncate-table',
    'src/main/resources/db/migration/V2__orders.sql:1-1 drop-table',
]
def md = new File(basedir, 'target/sqlguard/sqlguard.md').text
assert md.contains('3 findings outside the lines changed since main.')
assert md.contains('| `src/main/resources/db/migration/V2__orders.sql:1` |')
def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard found 1 error: src/main/resources/db/migration/V2__orders.sql:1 [drop-table]')
def status = new ProcessBuilder('git', 'status', '--porcelain').directory(basedir).start().inputStream.text
assert status.readLines() == ['?? src/main/resources/db/migration/V2__orders.sql']
