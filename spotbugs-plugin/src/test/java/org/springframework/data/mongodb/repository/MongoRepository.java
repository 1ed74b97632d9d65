package org.springframework.data.mongodb.repository;

import org.springframework.data.repository.CrudRepository;

/** Stub of Spring Data MongoDB's repository: a library type that extends a Spring Data one. */
public interface MongoRepository<T, ID> extends CrudRepository<T, ID> {
}
