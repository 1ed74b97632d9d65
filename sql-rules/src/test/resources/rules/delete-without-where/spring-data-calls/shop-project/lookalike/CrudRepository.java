package shop.lookalike;

/** A project type that happens to share a Spring Data name: its calls are no sink. */
public interface CrudRepository<T, ID> {

    void deleteAll();
}
