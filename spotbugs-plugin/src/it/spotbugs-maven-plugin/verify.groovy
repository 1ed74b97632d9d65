import java.util.jar.JarFile

// the bugs sqlguard reported, as TYPE@line (or TYPE#method when the bytecode has no line: abstract methods)
def report = new File(basedir, 'target/spotbugsXml.xml')
assert report.isFile() : "spotbugs-maven-plugin wrote no ${report}"
def xml = new groovy.xml.XmlSlurper().parse(report)
def found = xml.BugInstance.findAll { it.@type.text().startsWith('SQLGUARD_') }.collect { bug ->
    def start = bug.SourceLine.@start.text()
    start ? "${bug.@type}@${start}".toString() : "${bug.@type}#${bug.Method.@name}".toString()
}.sort()

def expected = [
    'SQLGUARD_DELETE_WITHOUT_WHERE@14',
    'SQLGUARD_DELETE_WITHOUT_WHERE@19',
    'SQLGUARD_FALLBACK_DROP@34',
    'SQLGUARD_TRUNCATE_TABLE@41',
    'SQLGUARD_DROP_SCHEMA@45',
    'SQLGUARD_DELETE_WITHOUT_WHERE#clearLines',
    'SQLGUARD_CONDITIONAL_WHERE#clearCart',
].sort()
assert found == expected

// the include filter left out every bug of SpotBugs' own detectors (this code has SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE,
// OBL_UNSATISFIED_OBLIGATION and EI_EXPOSE_REP2 without it)
def others = xml.BugInstance.collect { it.@type.text() }.findAll { !it.startsWith('SQLGUARD_') }
assert others == []

// the whole-table repository call is reported as the call, with the entity behind the repository
def cartBug = xml.BugInstance.find { it.Class.@classname.text() == 'com.example.shop.CartCleaner' }
assert cartBug.SourceLine.@start.text() == '14'
assert cartBug.String.collect { it.@value.text() }.contains(
        '`carts.deleteAll()` deletes every row of the table of `CartItem`; pass the entities or ids to delete, or suppress with a reason.')

// the category and its plugin are known to SpotBugs: messages.xml was read from the plugin jar
assert xml.BugCategory.find { it.@category == 'SQLGUARD' }.size() == 1
assert xml.BugPattern.find { it.@type == 'SQLGUARD_FALLBACK_DROP' }.ShortDescription.text() == 'DROP or wipe in an error path'

// the build failed because of them
def log = new File(basedir, 'build.log').text
assert log.contains('SQLGUARD_FALLBACK_DROP')

// the plugin jar is self-contained: descriptors at its root, the engine and JSqlParser relocated inside it
def jar = new JarFile(new File(basedir, "../../sqlguard-spotbugs-plugin-${projectVersion}.jar"))
def names = jar.entries().collect { it.name }
['findbugs.xml', 'messages.xml', 'bugrank.txt', 'io/github/sqlguard/spotbugs/SqlSinkDetector.class',
 'io/github/sqlguard/spotbugs/shaded/scan/Scanner.class', 'io/github/sqlguard/spotbugs/shaded/java/sinks.txt',
 'io/github/sqlguard/spotbugs/shaded/jsqlparser/parser/CCJSqlParserUtil.class'].each {
    assert names.contains(it) : "${it} missing from the plugin jar"
}
assert !names.any { it.startsWith('net/sf/jsqlparser/') || it.startsWith('io/github/sqlguard/core/') }
assert !names.any { it.startsWith('com/github/javaparser/') }
// sqlguard's license and notice, which names the shaded components, not those of a shaded jar
assert jar.getInputStream(jar.getEntry('META-INF/NOTICE')).text.startsWith('sqlguard\n')
assert jar.getInputStream(jar.getEntry('META-INF/LICENSE')).text.contains('Apache License')
true
