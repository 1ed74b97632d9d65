assert !new File(basedir, 'target/sqlguard/sqlguard.sarif').exists()
assert new File(basedir, 'build.log').text.contains('sqlguard: skipped')
