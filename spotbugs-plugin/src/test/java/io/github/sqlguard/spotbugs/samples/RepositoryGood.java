package io.github.sqlguard.spotbugs.samples;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.springframework.data.jpa.repository.Query;

/** SQL annotations, filtered. */
public interface RepositoryGood {

    @Query("DELETE FROM Order o WHERE o.id = :id")
    void delete(long id);

    @Delete("DELETE FROM session WHERE id = #{id}")
    void deleteSession(long id);

    @Update({"UPDATE account", "SET locked = #{locked}", "WHERE id = #{id}"})
    void lock(long id, boolean locked);

    @Delete("<script>DELETE FROM cart WHERE tenant_id = #{t}<if test='u != null'> AND user_id = #{u}</if></script>")
    void clearCart(long t, Long u);

    @Select("SELECT * FROM orders")
    Object all();

    @SqlUpdate("DELETE FROM audit WHERE id = :id")
    void deleteAudit(long id);
}
