package it.cache;

/** A project type with methods, so that the project's type digest is part of every Java file's cache key. */
public interface Store {
    void zap();

    void wipe(int id);

    void purge();

    void nuke(int a, int b);

    void erase();

    void clear();
}
