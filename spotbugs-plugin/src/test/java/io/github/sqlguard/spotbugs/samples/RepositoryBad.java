package io.github.sqlguard.spotbugs.samples;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Update;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.springframework.data.jpa.repository.Query;

/** SQL in annotations: Spring Data, MyBatis, JDBI. Abstract methods have no line in the class file. */
public interface RepositoryBad {

    @Query("DELETE FROM Order o") // expect-no-line: SQLGUARD_DELETE_WITHOUT_WHERE
    void purge();

    @Query(value = "UPDATE orders SET status = 'x'", nativeQuery = true) // expect-no-line: SQLGUARD_UPDATE_WITHOUT_WHERE
    void closeAll();

    @Delete("DELETE FROM session") // expect-no-line: SQLGUARD_DELETE_WITHOUT_WHERE
    void clearSessions();

    @Update({"UPDATE account", "SET locked = #{locked}"}) // expect-no-line: SQLGUARD_UPDATE_WITHOUT_WHERE
    void lockAll(boolean locked);

    @Delete("<script>DELETE FROM cart <where><if test='userId != null'>user_id = #{userId}</if></where></script>") // expect-no-line: SQLGUARD_CONDITIONAL_WHERE
    void clearCart(Long userId);

    @SqlUpdate("TRUNCATE TABLE audit") // expect-no-line: SQLGUARD_TRUNCATE_TABLE
    void truncateAudit();

    @Query("DELETE FROM Token t")
    default void purgeTokens() {
        // a method with code is reported at its first line
        System.out.println("purged"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }
}
