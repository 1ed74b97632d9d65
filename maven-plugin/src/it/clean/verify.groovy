import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results == []
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
