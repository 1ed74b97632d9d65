package io.github.sqlguard.core;

import io.github.sqlguard.core.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

/** Knows one kind of file and turns it into SQL pieces; knows nothing about rules. */
public interface Source {

    /** True if files with this name may be for this source; decided before the file is read. */
    boolean accepts(String fileName);

    /** True if this content is for this source (an XML file may be a changelog or a mapper). */
    default boolean recognizes(String fileName, String text) {
        return true;
    }

    /** True if the file is a migration by its content (a Liquibase changelog, formatted SQL). */
    default boolean isMigration(String fileName, String text) {
        return false;
    }

    /**
     * Starts loading what reading will need, on a thread of its own, when files of this source are about to be read
     * and not taken from a cache; called before {@link #prepare}. By default there is nothing to load.
     */
    default void warmUp() {
    }

    /** Loads what reading will need, as {@link #warmUp} does, on this thread, and returns when it is loaded. */
    default void loadNow() {
    }

    /**
     * Called once per scan, before any file is read, with every file the scan selected. A source that needs to know
     * the whole project (a constant defined in one file and used in another) returns a copy that knows it; the copy
     * reads the files of this scan only. By default a source needs nothing.
     */
    default Source prepare(List<Path> files) {
        return this;
    }

    /**
     * What, besides a file's own bytes, its result depends on (the project's Java constants); part of the key under
     * which results are cached. Empty for sources that read each file on its own.
     */
    default String stateKey() {
        return "";
    }

    /**
     * True if this prepared source, having read {@code file} while preparing, knows that reading it again can give
     * nothing: no SQL, no problem, no suppression comment. The scan then counts the file as scanned without reading
     * it. By default a source knows nothing of the kind.
     */
    default boolean skips(Path file) {
        return false;
    }

    void read(SourceFile file, String text, SourceOutput out);

    /**
     * Where in {@code text} a {@code sqlguard:ignore} marker is a suppression: inside a comment of the file's
     * language, not in a string literal or, in Java, in Javadoc. By default anywhere.
     */
    default IntPredicate suppressionsAt(String text) {
        return offset -> true;
    }
}
