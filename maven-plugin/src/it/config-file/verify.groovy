import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
def results = sarif.runs[0].results.collect { "${it.ruleId} ${it.level}".toString() }
assert results == ['truncate-table note']
