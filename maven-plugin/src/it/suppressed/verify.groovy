import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
assert sarif.runs[0].results == []
