package org.springframework.data.repository;

/** Stand-in for Spring Data's repository: bytecode records only the interface and the methods called. */
public interface CrudRepository<T, ID> {

    void deleteAll();

    void deleteAllById(Iterable<? extends ID> ids);
}
