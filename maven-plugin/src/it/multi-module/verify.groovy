import groovy.json.JsonSlurper

def a = new JsonSlurper().parse(new File(basedir, 'module-a/target/sqlguard/sqlguard.sarif'))
assert a.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } ==
        ['module-a/src/main/resources/db/migration/V1__init.sql']
def b = new JsonSlurper().parse(new File(basedir, 'module-b/target/sqlguard/sqlguard.sarif'))
assert b.runs[0].results == []
assert !new File(basedir, 'target/sqlguard/sqlguard.sarif').text.contains('module-a')
def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard found 1 error: module-a/src/main/resources/db/migration/V1__init.sql:1 [drop-table]')
