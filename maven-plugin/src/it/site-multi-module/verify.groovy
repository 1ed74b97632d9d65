def page = { String path ->
    def f = new File(basedir, path)
    assert f.isFile() : "${path} was not written"
    f.getText('UTF-8')
}

// each module's page: the HTML report inside the site's skin, paths from the build's root
def a = page('module-a/target/site/sqlguard.html')
assert a.contains('<div class="sqlguard">')
assert a.contains('2 errors, 0 warnings, 0 notes in 2 files')
assert a.contains('<code>module-a/src/main/resources/db/migration/V1__retire.sql</code>')
assert a.contains('<mark>DROP TABLE legacy_coupon</mark>')
assert a.contains('spring.jpa.hibernate.ddl-auto=<mark>create-drop</mark>')
assert a.contains('id="sg-show-error"')
assert a.contains('href="https://github.com/sqlguard/sqlguard/blob/main/docs/rules/drop-table.md"')
// the skin's frame: its style sheets, the report's entry in the menu and in the list of project reports
assert a.contains('<main id="bodyColumn"') || a.contains('<div id="bodyColumn"')
assert a =~ /<title>sqlguard [^<]* module-a<\/title>/
assert page('module-a/target/site/project-reports.html').contains('<a href="sqlguard.html">sqlguard</a>')
def b = page('module-b/target/site/sqlguard.html')
assert b.contains('0 errors, 1 warning, 0 notes in 1 file ')
assert b.contains('<mark>DELETE FROM audit_log</mark>')
assert !b.contains('module-a/')

// the parent's aggregate: one summary across the modules and a table of them
def all = page('target/site/sqlguard-aggregate.html')
assert all.contains('2 errors, 1 warning, 0 notes in 3 files')
assert all.contains('<code>module-a/src/main/resources/db/migration/V1__retire.sql</code>')
assert all.contains('<code>module-b/src/main/resources/db/migration/V1__cache.sql</code>')
assert all.indexOf('<code>module-a/src/main/resources/application.properties') < all.indexOf('<code>module-b/')
assert all.contains('<h2>Modules</h2>')
assert page('target/site/project-reports.html').contains('<a href="sqlguard-aggregate.html">sqlguard (all modules)</a>')
['site-multi-module', 'module-a', 'module-b'].each { assert all.contains(it) }
assert !new File(basedir, 'module-a/target/site/sqlguard-aggregate.html').exists()
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
