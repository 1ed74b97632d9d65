package fixtures.criteria;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaUpdate;
import javax.persistence.criteria.Root;

class AccountLocker {

    private final EntityManager em;

    AccountLocker(EntityManager em) {
        this.em = em;
    }

    int everyRow() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<Account> update = cb.createCriteriaUpdate(Account.class);
        Root<Account> account = update.from(Account.class);
        update.set(account.get("locked"), true);
        return em.createQuery(update).executeUpdate(); // expect: update-without-where "`em.createQuery(update).executeUpdate()` updates every row of Account; add a where(...)"
    }

    int everyRowByName() {
        CriteriaUpdate<Account> update = em.getCriteriaBuilder().createCriteriaUpdate(Account.class);
        update.set("locked", true);
        return em.createQuery(update).executeUpdate(); // expect: update-without-where
    }

    int filtered(long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<Account> update = cb.createCriteriaUpdate(Account.class);
        Root<Account> account = update.from(Account.class);
        update.set(account.get("locked"), true).where(cb.equal(account.get("id"), id));
        return em.createQuery(update).executeUpdate(); // clean: where
    }

    int filteredByName(long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<Account> update = cb.createCriteriaUpdate(Account.class);
        update.set("locked", true);
        update.where(cb.equal(update.from(Account.class).get("id"), id));
        return em.createQuery(update).executeUpdate(); // clean: where
    }
}
