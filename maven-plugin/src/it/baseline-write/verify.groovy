import groovy.json.JsonSlurper

def file = new File(basedir, 'sqlguard-baseline.json')
def text = file.text
assert !text.contains('\r')
assert !text.contains('"line') && !text.contains('Line"')
def baseline = new JsonSlurper().parseText(text)
assert baseline.sqlguardBaseline == 1
assert baseline.findings.collect { "${it.file} ${it.ruleId}".toString() } == [
    'src/main/resources/data.sql update-without-where',
    'src/main/resources/db/migration/V1__init.sql delete-without-where',
    'src/main/resources/db/migration/V1__init.sql delete-without-where',
    'src/main/resources/db/migration/V1__init.sql drop-table',
]
assert baseline.findings*.fingerprint.unique().size() == 4

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sqlguard/sqlguard.sarif'))
assert sarif.runs[0].results == []
def md = new File(basedir, 'target/sqlguard/sqlguard.md').text
assert md.startsWith('### sqlguard: 0 errors, 0 warnings, 0 notes in ')
assert md.contains('4 findings hidden by the baseline, 0 fixed.')
assert md.contains('No findings.')
def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard: wrote 4 findings to ' + file.path)
assert log.contains('sqlguard: baseline ' + file.path)
assert log.contains('sqlguard: 4 findings hidden by the baseline, 0 fixed')
