// Two builds of the same project: the second read nothing again, every file the first one read came from the
// result cache (a cache key that changes from one JVM to the next would make it read the Java files again).
def log = new File(basedir, 'build.log').text
def runs = (log =~ /sqlguard: scanned (\d+) files in \d+ ms, (\d+) unchanged since the last run/).collect { it }
assert runs.size() == 2 : "expected the summary of two builds in build.log, found ${runs.size()}"
assert runs[0][2] == '0' : "the first build found files in a cache: ${runs[0][0]}"
assert (runs[1][1] as int) >= 3 : runs[1][0]
assert runs[1][2] == runs[1][1] : "the second build read files again: ${runs[1][0]}"
def sarif = new File(basedir, 'target/sqlguard/sqlguard.sarif').text
assert sarif.contains('JdbcStore.java') && sarif.contains('delete-without-where') && sarif.contains('drop-table')
