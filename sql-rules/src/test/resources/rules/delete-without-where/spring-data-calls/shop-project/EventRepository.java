package shop.orders;

import org.springframework.data.mongodb.repository.MongoRepository;

/** A document store's repository: Spring Data's interface is reached only through another library's. */
public interface EventRepository extends MongoRepository<Event, String> {
}
