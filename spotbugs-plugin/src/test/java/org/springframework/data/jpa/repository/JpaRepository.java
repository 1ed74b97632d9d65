package org.springframework.data.jpa.repository;

import org.springframework.data.repository.CrudRepository;

/** Stub of Spring Data JPA's repository. */
public interface JpaRepository<T, ID> extends CrudRepository<T, ID> {

    void deleteAllInBatch();

    void deleteAllInBatch(Iterable<T> entities);
}
