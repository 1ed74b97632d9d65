package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.java.ChainShape;
import io.github.sqlguard.java.ChainShape.Rows;
import io.github.sqlguard.java.ChainShape.Start;
import io.github.sqlguard.java.ChainShape.Statement;
import io.github.sqlguard.java.SinkCatalog.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The query-builder chains of one method's bytecode, read as the source scanner reads them: a builder made by a start
 * call of a chain line of the catalog (or by a constructor of one of its types) is followed on the operand stack,
 * through the calls made on it, through local slots and through carriers ({@code em.createQuery(criteriaDelete)}), to
 * the terminal calls that run it. A filter call on it anywhere in the method makes its statement filtered; handing it
 * to other code (an argument, a field, a return value) makes its rows unknown. Statements are given when the method
 * has been read, so that a filter after the terminal call counts.
 */
final class ChainFollower {

    /** A builder as an operand-stack value: its chain, and the calls that made it as the code writes them. */
    record Link(int chain, String written) {
    }

    /** A call of the method being read, with the operand stack before it. */
    record Call(String owner, String name, List<String> params, String returns, boolean isStatic,
            boolean constructor, OpcodeStack stack, Supplier<Site> site) {

        int arity() {
            return params.size();
        }

        OpcodeStack.Item argument(int i) {
            return stack.getStackItem(arity() - 1 - i);
        }

        OpcodeStack.Item receiver() {
            return isStatic ? null : stack.getStackItem(arity());
        }
    }

    /** A statement a chain runs, for the detector to check: the SQL, the call that stands for it, its place. */
    record Run(String sql, LibraryCall call, Site site) {
    }

    /** How the code names what an item holds: a field's or a local's name, "" for {@code this}, else null. */
    interface Labels {
        String of(OpcodeStack.Item item);
    }

    private static final String UNKNOWN_ARGUMENT = "…";

    private final BytecodeSinks sinks;
    private final Supertypes supertypes;
    private final Labels labels;
    private final List<Chain> chains = new ArrayList<>();
    private final Map<Integer, Link> locals = new HashMap<>();

    ChainFollower(BytecodeSinks sinks, Supertypes supertypes, Labels labels) {
        this.sinks = sinks;
        this.supertypes = supertypes;
        this.labels = labels;
    }

    void startMethod() {
        chains.clear();
        locals.clear();
    }

    /** The builder the call's result continues, or null. */
    Link invoke(Call call) {
        OpcodeStack.Item receiver = call.receiver();
        Link own = receiver == null || call.constructor() ? null : link(receiver);
        Link carried = arguments(call, own);
        if (carried != null) {
            return new Link(carried.chain(), written(call, receiverLabel(receiver), argumentsOf(call)));
        }
        if (own != null) {
            return step(call, own);
        }
        return start(call);
    }

    /** The link an argument carries into a carrier call; marks every other builder argument as handed on. */
    private Link arguments(Call call, Link own) {
        Link carried = null;
        for (int i = 0; i < call.arity(); i++) {
            Link a = link(call.argument(i));
            if (a == null || own != null && a.chain() == own.chain()) {
                continue;
            }
            Chain chain = chains.get(a.chain());
            if (own == null && call.arity() == 1 && chain.sink.chain().carries(call.name())) {
                carried = a;
            } else {
                chain.handedOn = true;
            }
        }
        return carried;
    }

    private Link step(Call call, Link own) {
        Chain chain = chains.get(own.chain());
        ChainShape shape = chain.sink.chain();
        String written = own.written() + "." + call.name() + "(" + (call.arity() == 0 ? "" : UNKNOWN_ARGUMENT) + ")";
        if (chain.sink.members().contains(call.name()) && chain.sink.takes(call.arity())) {
            chain.terminals.add(new Terminal(call.name(), written, call.site().get()));
            return null;
        }
        if (shape.filters(call.name())) {
            chain.filtered = true;
        } else if (call.name().equals("set") && call.arity() >= 2 && chain.column == null) {
            chain.column = Values.objectName(call.argument(0));
        }
        return continues(call.returns()) ? new Link(own.chain(), written) : null;
    }

    private Link start(Call call) {
        for (Sink sink : sinks.chains()) {
            Start start = call.constructor() ? sink.chain().constructor(call.arity())
                    : sink.chain().start(call.name(), call.arity());
            if (start == null) {
                continue;
            }
            Supertypes.Match match = call.constructor() ? direct(sink, call.owner())
                    : supertypes.find(call.owner(), sink);
            if (match == null) {
                continue;
            }
            String receiver = call.constructor() ? "new " + simple(call.owner())
                    : call.isStatic() ? simple(call.owner()) : receiverLabel(call.receiver());
            String written = call.constructor() ? receiver + "(" + argumentsOf(call) + ")"
                    : written(call, receiver, argumentsOf(call));
            chains.add(new Chain(sink, start, table(call, sink, match, receiver), call.site().get()));
            return new Link(chains.size() - 1, written);
        }
        return null;
    }

    private static Supertypes.Match direct(Sink sink, String owner) {
        return BytecodeSinks.matches(sink, owner) ? new Supertypes.Match(owner, null) : null;
    }

    /** What a chain's statement works on: the start's last argument, a query bean's entity, the service's entity. */
    private String table(Call call, Sink sink, Supertypes.Match match, String receiver) {
        if (call.arity() > 0) {
            return name(call.argument(call.arity() - 1));
        }
        if (call.constructor()) {
            return sink.generatedEntity(simple(call.owner()));
        }
        if (match.entity() != null) {
            return match.entity();
        }
        return receiver.isEmpty() ? simple(call.owner()) : receiver;
    }

    /** A builder stored in a local slot: loading the slot gives it back. */
    void store(int register, OpcodeStack.Item item) {
        Link link = link(item);
        if (link == null) {
            locals.remove(register);
        } else {
            locals.put(register, link);
            chains.get(link.chain()).throughLocal = true;
        }
    }

    /** The builder a local slot holds, as the code names it ({@code query}); null when it holds none. */
    Link load(int register, String name) {
        Link link = locals.get(register);
        return link == null || name == null || name.isEmpty() ? link : new Link(link.chain(), name);
    }

    /** A value that leaves the method's sight: stored in a field or an array, or returned. */
    void handOn(OpcodeStack.Item item) {
        Link link = link(item);
        if (link != null) {
            chains.get(link.chain()).handedOn = true;
        }
    }

    /** The statements the method's chains run at their terminal calls. */
    List<Run> finish() {
        List<Run> runs = new ArrayList<>();
        for (Chain chain : chains) {
            Rows rows = chain.filtered ? Rows.FILTERED : chain.handedOn ? Rows.UNKNOWN : Rows.EVERY;
            for (Terminal t : chain.terminals) {
                Statement statement = chain.sink.chain().statement(chain.start, t.name());
                if (statement == null) {
                    continue;
                }
                String column = chain.column != null ? chain.column : SqlPiece.UNKNOWN_FRAGMENT;
                LibraryCall call = statement.touchesRows() ? chain.sink.chain().libraryCall(t.written(), chain.table)
                        : null;
                runs.add(new Run(statement.sql(chain.table, column, rows), call,
                        chain.throughLocal ? t.site() : chain.site));
            }
        }
        return runs;
    }

    private Link link(OpcodeStack.Item item) {
        return item != null && item.getUserValue() instanceof Link l && l.chain() < chains.size() ? l : null;
    }

    /** Builders continue into what a call returns, but for text and primitives. */
    private static boolean continues(String returns) {
        return returns.startsWith("L") && !returns.equals("Ljava/lang/String;");
    }

    private static String written(Call call, String receiver, String arguments) {
        String invoked = call.name() + "(" + arguments + ")";
        return receiver.isEmpty() ? invoked : receiver + "." + invoked;
    }

    /** The arguments as the code may write them: the last one by its name, a class literal, the rest elided. */
    private String argumentsOf(Call call) {
        if (call.arity() == 0) {
            return "";
        }
        OpcodeStack.Item last = call.argument(call.arity() - 1);
        String shown = className(last) != null ? className(last) + ".class" : labels.of(last);
        if (shown == null || shown.isEmpty()) {
            shown = UNKNOWN_ARGUMENT;
        }
        return call.arity() == 1 ? shown : UNKNOWN_ARGUMENT + ", " + shown;
    }

    /** The receiver of a call as the code names it, or its type when it is the result of another call. */
    private String receiverLabel(OpcodeStack.Item item) {
        String label = labels.of(item);
        if (label != null) {
            return label;
        }
        String type = item == null ? "" : item.getSignature();
        return type.startsWith("L") ? simple(type.substring(1, type.length() - 1)) : "";
    }

    /**
     * The name a start's argument stands for: a class literal's simple name, a table constant, a string, the
     * variable that holds it.
     */
    private String name(OpcodeStack.Item item) {
        String type = className(item);
        if (type != null) {
            return type;
        }
        String name = Values.objectName(item);
        String label = labels.of(item);
        return name.equals(SqlPiece.UNKNOWN_FRAGMENT) && label != null && !label.isEmpty() ? label : name;
    }

    private static String className(OpcodeStack.Item item) {
        if ("Ljava/lang/Class;".equals(item.getSignature()) && item.getConstant() instanceof String s) {
            String dotted = s.replace('/', '.');
            return dotted.substring(dotted.lastIndexOf('.') + 1);
        }
        return null;
    }

    private static String simple(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.substring(simple.lastIndexOf('$') + 1);
    }

    private record Terminal(String name, String written, Site site) {
    }

    /** One builder: where it started, and what the method does with it. */
    private static final class Chain {
        final Sink sink;
        final Start start;
        final String table;
        final Site site;
        final List<Terminal> terminals = new ArrayList<>();
        String column;
        boolean filtered;
        boolean handedOn;
        boolean throughLocal;

        Chain(Sink sink, Start start, String table, Site site) {
            this.sink = sink;
            this.start = start;
            this.table = table;
            this.site = site;
        }
    }
}
