package io.github.sqlguard.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.suppress.Suppressions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java source files: SQL passed to JDBC, Spring, JPA, Hibernate, R2DBC, JDBI and jOOQ, written in Spring Data,
 * MyBatis and JDBI annotations, run by the query-builder chains of the catalog (jOOQ, Querydsl, JPA Criteria, Ebean,
 * Spring Data R2DBC, MyBatis-Plus; see {@link BuilderChains}), run by ORM calls that may touch every row (Spring Data
 * {@code deleteAll()}, MyBatis-Plus {@code delete(null)}: see {@link EveryRowCalls}), or kept in constants that are
 * plainly destructive statements. Each becomes a single-statement piece at the call, annotation or declaration.
 * Flyway Java migrations are migrations.
 *
 * <p>A file is parsed only if a string literal in it holds a destructive SQL word, or it names a project constant
 * that does, or its identifiers can write a query-builder chain ({@link ChainWords}), or an ORM call's name and a
 * type it can be made through ({@link EveryRowWords}). One parser per thread: JavaParser instances are not
 * thread-safe. Trees are dropped as soon as a file is read; across files only the {@link ConstantIndex}'s strings
 * and the {@link TypeHierarchy}'s declarations are kept.
 */
public final class JavaSource implements Source {

    private static final Pattern MIGRATION = Pattern.compile(
            "\\bextends\\s+(?:[\\w.]+\\.)?BaseJavaMigration\\b|\\bimplements\\s+[\\w.,\\s<>]*\\bJavaMigration\\b");
    /** Stack for a file whose expressions nest too deep for a pool thread (a chain of thousands of {@code +}). */
    private static final long DEEP_STACK_BYTES = 1L << 28;
    /**
     * A destructive verb as a word of a literal as written in the source: after a non-word character or after an
     * escape such as {@code \n}, and not followed by a word character.
     */
    static final Pattern LITERAL_WORD = Pattern.compile(
            "(?i)(?:(?<![\\w])|(?<=\\\\[ntrfsb]))(?:delete|update|drop|truncate|alter)(?![\\w])");
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            configuration()));

    /** Where {@link ParserConfiguration} keeps its language-level step among its processors (JavaParser 3.28). */
    private static final int LANGUAGE_LEVEL_PROCESSOR = 3;

    private final ConstantIndex index;
    /** Files the scan need not read again: see {@link #prepare}. */
    private final Set<Path> quietFiles;
    private final SinkCatalog catalog;
    private final boolean blankQuietBodies;
    /**
     * Names whose mention makes a method body, or a file, matter: a sink method or annotation, a dangerous
     * constant; and with chains, a query-builder method, for a file whose identifiers can write a chain.
     */
    private final NameSet relevantNames;
    private final NameSet relevantWithChains;
    private final ChainWords chainWords;
    private final NameSet dangerousNames;
    private final TypeHierarchy types;
    private final EveryRowWords everyRowWords;

    public JavaSource() {
        this(ConstantIndex.EMPTY, SinkCatalog.standard(), true, Set.of(), TypeHierarchy.EMPTY);
    }

    private JavaSource(ConstantIndex index, SinkCatalog catalog, boolean blankQuietBodies, Set<Path> quietFiles,
            TypeHierarchy types) {
        this.index = index;
        this.catalog = catalog;
        this.blankQuietBodies = blankQuietBodies;
        this.quietFiles = quietFiles;
        this.types = types;
        this.everyRowWords = new EveryRowWords(catalog, types);
        Set<String> names = new HashSet<>(catalog.methodNames());
        names.addAll(everyRowWords.members());
        names.addAll(catalog.annotationTypes());
        names.addAll(index.dangerousNames());
        this.relevantNames = new NameSet(names);
        this.chainWords = new ChainWords(catalog);
        names.addAll(chainWords.names());
        this.relevantWithChains = new NameSet(names);
        this.dangerousNames = new NameSet(index.dangerousNames());
    }

    /**
     * Java 21 syntax without JavaParser's validators: they check a tree against the rules of the language level
     * (which modifiers go together, where {@code var} may stand) and took a third of the parse time, for code that
     * compiles anyway. The language level's post-processing, which turns {@code var} into a type, is kept.
     */
    static ParserConfiguration configuration() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false);
        List<Supplier<Processor>> processors = configuration.getProcessors();
        if (processors.size() == 6) {
            processors.set(LANGUAGE_LEVEL_PROCESSOR, () -> new Processor() {
                @Override
                public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
                    new Java21PostProcessor().postProcess(result, config);
                }
            });
        }
        return configuration;
    }

    /** A source that parses every method body; the same findings, slower (see {@link QuietBodies}). */
    static JavaSource parsingEveryBody() {
        return new JavaSource(ConstantIndex.EMPTY, SinkCatalog.standard(), false, Set.of(), TypeHierarchy.EMPTY);
    }

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".java");
    }

    @Override
    public boolean isMigration(String fileName, String text) {
        return text.contains("JavaMigration") && MIGRATION.matcher(text).find();
    }

    /**
     * A copy that knows the {@code static final String} constants of every Java file of the scan, and which files
     * are quiet: read for the index, they held no destructive word, no suppression comment and no NUL character
     * (which may make them binary, a problem the scan reports). When no constant of the project holds a destructive
     * word, nothing else can make such a file give a finding, and the scan need not read it again (see
     * {@link #mayHoldSql}).
     */
    @Override
    public Source prepare(List<Path> files) {
        Set<Path> quiet = ConcurrentHashMap.newKeySet();
        TypeHierarchy.Collector declarations = new TypeHierarchy.Collector();
        ConstantIndex built = ConstantIndex.build(files, catalog, (path, bytes, text) -> {
            declarations.read(path, text);
            if (!holdsNul(bytes) && !DestructiveWords.anyIn(bytes) && !everyRowWords.mayName(text)
                    && !Suppressions.mayHold(text)) {
                quiet.add(path);
            }
        });
        return new JavaSource(built, catalog, blankQuietBodies,
                built.dangerousNames().isEmpty() ? Set.copyOf(quiet) : Set.of(), declarations.finish(files));
    }

    private static boolean holdsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public IntPredicate suppressionsAt(String text) {
        return CommentSpans.of(text)::get;
    }

    @Override
    public boolean skips(Path file) {
        return quietFiles.contains(file);
    }

    /**
     * Loads and initializes JavaParser (its classes and its language levels take a third of a second in a new JVM)
     * while the constant index is built, so that the first file to parse does not wait.
     */
    @Override
    public void warmUp() {
        Thread warm = new Thread(this::loadNow, "sqlguard-java-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    public void loadNow() {
        try {
            new JavaParser(configuration()).parse("class A { void f() { g(\"x\" + 1); } }");
        } catch (RuntimeException | LinkageError e) {
            // the scan itself reports what goes wrong when it parses
        }
    }

    @Override
    public String stateKey() {
        return index.digest() + types.digest();
    }

    @Override
    public void read(SourceFile file, String text, SourceOutput sink) {
        JavaTokens tokens = mayHoldSqlTokens(text);
        if (tokens == null) {
            return;
        }
        Outcome outcome;
        try {
            outcome = analyze(file, tokens);
        } catch (StackOverflowError e) {
            PARSER.remove();
            outcome = onDeepStack(file, tokens);
        } catch (RuntimeException | AssertionError e) {
            outcome = Outcome.problem(file.displayPath() + ": Java not analyzed (" + e.getClass().getSimpleName()
                    + ")");
        }
        if (outcome.problem() != null) {
            sink.problem(outcome.problem());
            return;
        }
        for (JavaAnalyzer.Found f : outcome.found()) {
            SqlPiece piece = new SqlPiece(f.sql(), file, PositionMap.region(f.region().start(), f.region().end()),
                    f.facts(), f.suppressedRules()).inCodeFrom(f.codeStart().line());
            SqlPiece stopped = f.stops().isEmpty() ? piece : piece.followingStopped(f.stops().get(0));
            sink.piece(f.call() == null ? stopped : stopped.ranBy(f.call()));
        }
    }

    /**
     * False only for source that cannot give a finding, decided before parsing: no string literal holds a
     * destructive word, no identifier names a project constant that does, and no query-builder chain can be
     * written with its identifiers (see {@link ChainWords}). Comments do not count.
     */
    boolean mayHoldSql(String text) {
        return mayHoldSqlTokens(text) != null;
    }

    /** The tokens of {@code text} if it {@link #mayHoldSql may hold SQL}, else null. */
    private JavaTokens mayHoldSqlTokens(String text) {
        if (!DestructiveWords.anyIn(text) && !everyRowWords.mayName(text)
                && index.dangerousNames().stream().noneMatch(text::contains)) {
            return null;
        }
        JavaTokens tokens = JavaTokens.of(text, LITERAL_WORD);
        boolean start = false;
        boolean terminal = false;
        boolean ormMember = false;
        boolean ormType = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.loud(i)) {
                return tokens;
            }
            if (tokens.kind(i) == JavaTokens.IDENT) {
                start = start || chainWords.start(tokens, i);
                terminal = terminal || chainWords.terminal(tokens, i);
                ormMember |= everyRowWords.isMember(tokens, i);
                ormType |= everyRowWords.isType(tokens, i);
                if ((ormMember && ormType) || dangerousNames.contains(tokens, i)) {
                    return tokens;
                }
            }
        }
        return start && terminal && chainWords.anyLineIn(tokens) ? tokens : null;
    }

    private record Outcome(List<JavaAnalyzer.Found> found, String problem) {

        static Outcome problem(String message) {
            return new Outcome(List.of(), message);
        }
    }

    private Outcome analyze(SourceFile file, JavaTokens tokens) {
        String text = tokens.source();
        QuietBodies.Result quiet = blankQuietBodies
                ? QuietBodies.blank(tokens, chainWords.anyLineIn(tokens) ? relevantWithChains : relevantNames)
                : QuietBodies.Result.unchanged(text);
        if (!quiet.mayFind()) {
            return new Outcome(List.of(), null);
        }
        CompactText compact = blankQuietBodies ? CompactText.of(quiet.text(), tokens) : null;
        ParseResult<CompilationUnit> result = PARSER.get().parse(compact != null ? compact.text() : text);
        if (compact != null && !result.isSuccessful()) {
            compact = null;
            quiet = QuietBodies.Result.unchanged(text);
            result = PARSER.get().parse(text);
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return Outcome.problem(syntaxError(file, result.getProblems()));
        }
        JavaFile java = new JavaFile(result.getResult().get(), ConstantIndex.key(file.path()), index, catalog,
                quiet.assigned());
        List<JavaAnalyzer.Found> found = new JavaAnalyzer(java,
                types.including(ConstantIndex.key(file.path()), tokens)).analyze();
        if (compact != null) {
            CompactText map = compact;
            found = found.stream().map(f -> f.mapped(map::original)).toList();
        }
        return new Outcome(found, null);
    }

    private Outcome onDeepStack(SourceFile file, JavaTokens tokens) {
        AtomicReference<Outcome> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(analyze(file, tokens));
            } catch (StackOverflowError | RuntimeException | AssertionError e) {
                result.set(Outcome.problem(file.displayPath() + ": Java not analyzed (nested too deeply)"));
            } finally {
                PARSER.remove();
            }
        }, "sqlguard-java-deep", DEEP_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.problem(file.displayPath() + ": Java not analyzed (interrupted)");
        }
        Outcome outcome = result.get();
        return outcome != null ? outcome
                : Outcome.problem(file.displayPath() + ": Java not analyzed (nested too deeply)");
    }

    private static String syntaxError(SourceFile file, List<Problem> problems) {
        if (problems.isEmpty()) {
            return file.displayPath() + ": Java syntax error";
        }
        Problem first = problems.get(0);
        String where = first.getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> ":" + r.begin.line)
                .orElse("");
        String message = first.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        int expected = message.indexOf(", expected");
        if (expected > 0) {
            message = message.substring(0, expected);
        }
        if (message.length() > 160) {
            message = message.substring(0, 157) + "...";
        }
        return file.displayPath() + where + ": Java syntax error: " + message;
    }

    /**
     * The SQL of a MyBatis {@code <script>} annotation body, all conditions taken as true: tags are dropped, but
     * {@code <where>}, {@code <set>} and {@code <trim>} add their keyword and trim their content as MyBatis does,
     * {@code <foreach>} adds its {@code open} and {@code close}; CDATA and entities are unwrapped.
     */
    static String scriptBody(String script) {
        StringBuilder out = new StringBuilder();
        Deque<Trim> open = new ArrayDeque<>();
        int i = 0;
        int n = script.length();
        while (i < n) {
            if (script.startsWith("<![CDATA[", i)) {
                int end = script.indexOf("]]>", i);
                end = end < 0 ? n : end;
                out.append(script, i + 9, end);
                i = Math.min(n, end + 3);
            } else if (script.charAt(i) == '<') {
                int end = script.indexOf('>', i);
                end = end < 0 ? n : end;
                tag(script.substring(i + 1, end), out, open);
                i = end + 1;
            } else {
                out.append(script.charAt(i++));
            }
        }
        return unescapeXml(out.toString()).replaceAll("\\s+", " ").strip();
    }

    /** An open {@code <trim>}-like tag: where its content starts, and how to trim and wrap it when it closes. */
    private record Trim(String tag, int start, String prefix, String prefixOverrides, String suffix,
            String suffixOverrides) {
    }

    private static void tag(String tag, StringBuilder out, Deque<Trim> open) {
        String body = tag.strip();
        boolean closing = body.startsWith("/");
        boolean empty = body.endsWith("/");
        String name = body.replaceFirst("^/", "").split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
        out.append(' ');
        if (closing) {
            if (!open.isEmpty() && open.peek().tag().equals(name)) {
                Trim t = open.pop();
                String content = trimmed(out.substring(t.start()), t);
                out.setLength(t.start());
                if (!content.isEmpty()) {
                    out.append(t.prefix()).append(' ').append(content).append(' ').append(t.suffix()).append(' ');
                }
            }
            return;
        }
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        Matcher m = XML_ATTRIBUTE.matcher(body);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        Trim trim = switch (name) {
            case "where" -> new Trim(name, 0, "WHERE", "AND|OR", "", "");
            case "set" -> new Trim(name, 0, "SET", "", "", ",");
            case "trim" -> new Trim(name, 0, attributes.getOrDefault("prefix", ""),
                    attributes.getOrDefault("prefixOverrides", ""), attributes.getOrDefault("suffix", ""),
                    attributes.getOrDefault("suffixOverrides", ""));
            case "foreach" -> new Trim(name, 0, attributes.getOrDefault("open", ""), "",
                    attributes.getOrDefault("close", ""), "");
            default -> null;
        };
        if (trim != null && !empty) {
            open.push(new Trim(trim.tag(), out.length(), trim.prefix(), trim.prefixOverrides(), trim.suffix(),
                    trim.suffixOverrides()));
        }
    }

    private static String trimmed(String content, Trim t) {
        String c = content.strip();
        String upper = c.toUpperCase(Locale.ROOT);
        for (String p : t.prefixOverrides().split("\\|")) {
            String o = p.strip().toUpperCase(Locale.ROOT);
            if (!o.isEmpty() && upper.startsWith(o) && (upper.length() == o.length()
                    || !Character.isLetterOrDigit(upper.charAt(o.length())))) {
                c = c.substring(o.length()).strip();
                break;
            }
        }
        upper = c.toUpperCase(Locale.ROOT);
        for (String sfx : t.suffixOverrides().split("\\|")) {
            String o = sfx.strip().toUpperCase(Locale.ROOT);
            if (!o.isEmpty() && upper.endsWith(o)) {
                c = c.substring(0, c.length() - o.length()).strip();
                break;
            }
        }
        return c;
    }

    private static String unescapeXml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
