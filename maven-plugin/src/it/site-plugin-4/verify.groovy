// maven-site-plugin 4 renders the same page; the report's configuration applies to it
def page = new File(basedir, 'target/site/sqlguard.html').getText('UTF-8')
assert page.contains('<div class="sqlguard">')
assert page.contains('0 errors, 1 warning, 0 notes in 1 file (1 statement)')
assert page.contains('<code>src/main/resources/db/migration/V1__retire.sql</code>')
assert page.contains('<li class="sg-finding sg-warning">')
assert page.contains('<mark>DROP TABLE legacy_coupon</mark>')
assert page =~ /<title>sqlguard [^<]* site-plugin-4<\/title>/
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
