package io.github.sqlguard.java;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The JDK's text methods as the folding reads them: {@code String.format} and {@code formatted},
 * {@code String.join}, {@code valueOf}, {@code concat}, methods that keep the text ({@code trim},
 * {@code toString}), {@code StringBuilder} append chains and the constructors of strings and builders. Their
 * arguments are folded by the {@link ExpressionFolder} that asks.
 */
final class TextLibrary {

    private static final Set<String> SAME_TEXT = Set.of("toString", "trim", "strip", "stripLeading", "stripTrailing",
            "intern", "toUpperCase", "toLowerCase");

    private static final Set<String> LIST_FACTORIES = Set.of("List", "Arrays", "Stream");

    private final ExpressionFolder folder;

    TextLibrary(ExpressionFolder folder) {
        this.folder = folder;
    }

    /** The value of {@code m} if it is one of these methods, else null. */
    Folded call(MethodCallExpr m) {
        String name = m.getNameAsString();
        NodeList<Expression> args = m.getArguments();
        Expression scope = m.getScope().orElse(null);
        boolean onString = isStringClass(scope);
        if (name.equals("append")) {
            return appendChain(m);
        }
        if (onString && name.equals("format") && !args.isEmpty()) {
            int first = isLocale(args.get(0)) ? 1 : 0;
            return args.size() > first ? format(args.get(first), args.subList(first + 1, args.size()))
                    : Folded.unknown();
        }
        if (scope != null && !onString && name.equals("formatted")) {
            return format(scope, args);
        }
        if (onString && name.equals("join") && args.size() >= 2) {
            return join(args);
        }
        if (onString && (name.equals("valueOf") || name.equals("copyValueOf")) && args.size() == 1) {
            return folder.fold(args.get(0));
        }
        if (scope != null && !onString && SAME_TEXT.contains(name) && args.size() <= 1) {
            return folder.fold(scope);
        }
        if (scope != null && !onString && name.equals("concat") && args.size() == 1) {
            return folder.fold(scope).append(folder.fold(args.get(0)));
        }
        return null;
    }

    private static boolean isStringClass(Expression scope) {
        if (scope instanceof NameExpr n) {
            return n.getNameAsString().equals("String");
        }
        return scope instanceof FieldAccessExpr f && f.getNameAsString().equals("String")
                && f.getScope() instanceof FieldAccessExpr lang && lang.getNameAsString().equals("lang")
                && lang.getScope() instanceof NameExpr java && java.getNameAsString().equals("java");
    }

    private static boolean isLocale(Expression e) {
        String text = e instanceof NameExpr n ? n.getNameAsString()
                : e instanceof FieldAccessExpr f ? ExpressionFolder.lastName(f.getScope()) : null;
        return text != null && (text.equals("Locale") || text.startsWith("locale") || text.equals("ROOT")
                || text.equals("US") || text.equals("ENGLISH"));
    }

    /** {@code x.append(a).append(b)...}: the value of {@code x} then each argument, walked without recursion. */
    private Folded appendChain(MethodCallExpr last) {
        Deque<Expression> appended = new ArrayDeque<>();
        Expression x = last;
        while (x instanceof MethodCallExpr m && m.getNameAsString().equals("append")) {
            if (m.getArguments().size() != 1 || m.getScope().isEmpty()) {
                return Folded.unknown();
            }
            appended.push(m.getArguments().get(0));
            x = ExpressionFolder.unwrap(m.getScope().get());
        }
        Folded out = folder.fold(x).copy();
        for (Expression a : appended) {
            out.append(folder.fold(a));
        }
        return out;
    }

    private Folded format(Expression formatExpr, List<Expression> args) {
        Folded format = folder.fold(formatExpr);
        if (!format.fullyKnown()) {
            return Folded.unknownFrom(format);
        }
        List<Expression> values = args;
        if (args.size() == 1 && args.get(0) instanceof ArrayCreationExpr array
                && array.getInitializer().isPresent()) {
            values = array.getInitializer().get().getValues();
        }
        Folded out = new Folded();
        for (FormatStrings.Part part : FormatStrings.parts(format.text(), values.size())) {
            if (part instanceof FormatStrings.Literal literal) {
                out.appendText(literal.text());
            } else if (part instanceof FormatStrings.Argument argument && argument.index() >= 0) {
                Folded value = folder.fold(values.get(argument.index()));
                if (argument.verbatim()) {
                    out.append(value);
                } else {
                    out.appendUnknown();
                }
            } else {
                out.appendUnknown();
            }
        }
        return out;
    }

    private Folded join(NodeList<Expression> args) {
        Folded delimiter = folder.fold(args.get(0));
        if (!delimiter.fullyKnown()) {
            return Folded.unknownFrom(delimiter);
        }
        List<Expression> elements = new ArrayList<>(args.subList(1, args.size()));
        if (elements.size() == 1) {
            Expression only = ExpressionFolder.unwrap(elements.get(0));
            if (only instanceof MethodCallExpr list && (list.getNameAsString().equals("of")
                    || list.getNameAsString().equals("asList")) && list.getScope().isPresent()
                    && LIST_FACTORIES.contains(ExpressionFolder.lastName(list.getScope().get()))) {
                elements = list.getArguments();
            } else if (only instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
                elements = array.getInitializer().get().getValues();
            } else {
                return Folded.unknown();
            }
        }
        Folded out = new Folded();
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(folder.fold(elements.get(i)));
        }
        return out;
    }

    /** A new {@code String} or builder: its initial text. */
    Folded creation(ObjectCreationExpr o) {
        String type = o.getType().getNameAsString();
        if (!ExpressionFolder.BUILDERS.contains(type) && !type.equals("String")) {
            return Folded.unknown();
        }
        if (o.getArguments().isEmpty()) {
            return new Folded();
        }
        Expression arg = ExpressionFolder.unwrap(o.getArguments().get(0));
        if (o.getArguments().size() > 1 || arg instanceof IntegerLiteralExpr || arg instanceof BinaryExpr b
                && b.getOperator() != BinaryExpr.Operator.PLUS) {
            return ExpressionFolder.BUILDERS.contains(type) ? new Folded() : Folded.unknown();
        }
        Folded value = folder.fold(arg);
        boolean builder = ExpressionFolder.BUILDERS.contains(type);
        return builder && !value.hasKnownText() ? new Folded().stopsOf(value) : value;
    }
}
