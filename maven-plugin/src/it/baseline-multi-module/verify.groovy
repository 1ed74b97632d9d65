import groovy.json.JsonSlurper

def a = new JsonSlurper().parse(new File(basedir, 'module-a/sqlguard-baseline.json'))
assert a.findings.collect { "${it.file} ${it.ruleId}".toString() } ==
        ['module-a/src/main/resources/db/migration/V1__init.sql drop-table']
def b = new JsonSlurper().parse(new File(basedir, 'module-b/sqlguard-baseline.json'))
assert b.findings.collect { "${it.file} ${it.ruleId}".toString() } ==
        ['module-b/src/main/resources/db/migration/V1__init.sql truncate-table']
def root = new JsonSlurper().parse(new File(basedir, 'sqlguard-baseline.json'))
assert root.findings == []
for (m in ['module-a', 'module-b']) {
    def sarif = new JsonSlurper().parse(new File(basedir, m + '/target/sqlguard/sqlguard.sarif'))
    assert sarif.runs[0].results == []
}
def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard: 1 finding hidden by the baseline, 0 fixed')
assert log.contains('BUILD SUCCESS')
