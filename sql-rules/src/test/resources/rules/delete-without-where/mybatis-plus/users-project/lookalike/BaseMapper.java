package users.lookalike;

/** A project type that happens to share MyBatis-Plus' name: its calls are no sink. */
public interface BaseMapper<T> {

    int delete(Object wrapper);
}
