def log = new File(basedir, 'build.log').text
assert log.contains("sqlguard: rules: unknown rule id 'drop-tabel' (known: delete-without-where, ")
