package fixtures.criteria;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

class SessionPurger {

    private final EntityManager em;

    SessionPurger(EntityManager em) {
        this.em = em;
    }

    int everyRow() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaDelete<UserSession> delete = cb.createCriteriaDelete(UserSession.class);
        delete.from(UserSession.class);
        return em.createQuery(delete).executeUpdate(); // expect: delete-without-where "`em.createQuery(delete).executeUpdate()` deletes every row of UserSession; add a where(...) that selects the rows"
    }

    int everyRowThroughTheQuery() {
        var delete = em.getCriteriaBuilder().createCriteriaDelete(UserSession.class);
        Query query = em.createQuery(delete);
        return query.executeUpdate(); // expect: delete-without-where "`query.executeUpdate()`"
    }

    int everyRowWithHibernate(Session session) {
        HibernateCriteriaBuilder builder = session.getCriteriaBuilder();
        var delete = builder.createCriteriaDelete(LoginToken.class);
        return session.createMutationQuery(delete).executeUpdate(); // expect: delete-without-where "every row of LoginToken"
    }

    int filtered(Instant before) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaDelete<UserSession> delete = cb.createCriteriaDelete(UserSession.class);
        Root<UserSession> session = delete.from(UserSession.class);
        delete.where(cb.lessThan(session.get("expiresAt"), before));
        return em.createQuery(delete).executeUpdate(); // clean: where
    }

    int filteredWithHibernate(Session session, long id) {
        HibernateCriteriaBuilder builder = session.getCriteriaBuilder();
        var delete = builder.createCriteriaDelete(LoginToken.class);
        delete.where(builder.equal(delete.from(LoginToken.class).get("id"), id));
        return session.createMutationQuery(delete).executeUpdate(); // clean: where
    }

    int given(CriteriaDelete<UserSession> delete) {
        return em.createQuery(delete).executeUpdate(); // a parameter: where it starts is not known
    }

    int handedOn(SessionFilters filters) {
        CriteriaDelete<UserSession> delete = em.getCriteriaBuilder().createCriteriaDelete(UserSession.class);
        filters.restrict(delete);
        return em.createQuery(delete).executeUpdate(); // clean: the filters may add a where
    }
}
