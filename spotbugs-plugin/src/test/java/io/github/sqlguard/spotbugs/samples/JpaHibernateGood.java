package io.github.sqlguard.spotbugs.samples;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/** JPA and Hibernate, filtered. */
public class JpaHibernateGood {

    void jpa(EntityManager em, long id) {
        em.createQuery("DELETE FROM Order o WHERE o.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("SELECT o FROM Order o").getResultList();
    }

    void hibernate(Session session) {
        session.createMutationQuery("UPDATE Order o SET o.status = 'CLOSED' WHERE o.id = :id");
    }
}
