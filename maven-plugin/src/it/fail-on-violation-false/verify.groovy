import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
assert sarif.runs[0].results*.ruleId == ['drop-table']
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/db/migration/V1__init.sql:1:1: error [drop-table]')
assert log.contains('BUILD SUCCESS')
