def log = new File(basedir, 'build.log').text
assert log.contains('sqlguard:check')
assert log.contains('failOnViolation')
assert log.contains('maxAllowedViolations')
