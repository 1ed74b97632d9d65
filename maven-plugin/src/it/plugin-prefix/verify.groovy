import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /Failed to execute goal io\.github\.sqlguard:sqlguard-maven-plugin:[^:]+:check \(default-cli\) on project plugin-prefix/
// failOn=warning from the command line: the migration's delete-without-where, a warning, fails the build
assert log.contains('sqlguard found 1 warning: src/main/resources/db/migration/V1__init.sql:2 [delete-without-where]')
def json = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.json'))
assert json.findings*.ruleId == ['delete-without-where']
