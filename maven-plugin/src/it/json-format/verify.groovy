import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.json'))
assert json.findings*.ruleId == ['drop-table']
assert json.findings*.severity == ['warning']
assert new File(basedir, 'target/sqlguard/sqlguard.sarif').exists()
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
