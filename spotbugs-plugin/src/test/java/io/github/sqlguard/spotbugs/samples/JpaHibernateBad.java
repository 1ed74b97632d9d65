package io.github.sqlguard.spotbugs.samples;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/** JPA EntityManager and Hibernate Session. */
public class JpaHibernateBad {

    void jpa(EntityManager em) {
        em.createQuery("DELETE FROM Order o").executeUpdate(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        em.createNativeQuery("TRUNCATE TABLE orders").executeUpdate(); // expect: SQLGUARD_TRUNCATE_TABLE
    }

    void hibernate(Session session) {
        session.createMutationQuery("UPDATE Order o SET o.status = 'CLOSED'"); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        session.createNativeQuery("DROP DATABASE shop"); // expect: SQLGUARD_DROP_DATABASE
    }
}
