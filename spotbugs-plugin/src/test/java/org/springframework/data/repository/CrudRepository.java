package org.springframework.data.repository;

/** Stub of Spring Data's repository: the methods the samples call. */
public interface CrudRepository<T, ID> {

    void deleteAll();

    void deleteAll(Iterable<? extends T> entities);

    void deleteById(ID id);

    void deleteAllById(Iterable<? extends ID> ids);
}
