def log = new File(basedir, 'build.log').text
assert log.contains("sqlguard: unknown rule id 'drop-tabel'")
