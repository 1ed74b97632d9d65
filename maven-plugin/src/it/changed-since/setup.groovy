def git(String... args) {
    def pb = new ProcessBuilder(['git'] + args.toList()).directory(basedir).redirectErrorStream(true)
    pb.environment().put('GIT_CONFIG_NOSYSTEM', '1')
    pb.environment().put('GIT_CONFIG_GLOBAL', new File(basedir, 'no-global-gitconfig').path)
    def p = pb.start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "git ${args.join(' ')}: ${out}"
    return out
}

new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git('init', '-q', '-b', 'main')
git('config', 'user.email', 'it@example.com')
git('config', 'user.name', 'IT')
git('config', 'commit.gpgsign', 'false')
git('add', '-A')
git('commit', '-q', '-m', 'init')

git('checkout', '-q', '-b', 'feature')
def v1 = new File(basedir, 'src/main/resources/db/migration/V1__init.sql')
v1.text = v1.text.replace('CREATE TABLE cart (id INT);\n', 'CREATE TABLE cart (id INT);\nTRUNCATE TABLE audit_log;\n')
new File(basedir, 'src/main/resources/dao').mkdirs()
git('mv', 'src/main/resources/data.sql', 'src/main/resources/dao/data.sql')
git('commit', '-q', '-a', '-m', 'feature')
new File(basedir, 'src/main/resources/db/migration/V2__orders.sql').text = 'DROP TABLE orders_archive;\n'
return true
