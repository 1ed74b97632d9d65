package io.github.sqlguard.spotbugs.samples;

import com.baomidou.mybatisplus.extension.conditions.update.LambdaUpdateChainWrapper;
import com.baomidou.mybatisplus.extension.service.IService;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import com.baomidou.mybatisplus.extension.toolkit.ChainWrappers;
import com.querydsl.core.types.EntityPath;
import com.querydsl.core.types.Path;
import com.querydsl.jpa.impl.JPADeleteClause;
import com.querydsl.jpa.impl.JPAQueryFactory;
import com.querydsl.jpa.impl.JPAUpdateClause;
import io.ebean.DB;
import io.ebean.Database;
import io.github.sqlguard.spotbugs.samples.query.QOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import org.jooq.DSLContext;
import org.jooq.DeleteQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;

/** Query-builder chains that touch every row, one family a method. */
public class BuilderChainsBad {

    static final Table ORDERS = DSL.table("orders");
    static final EntityPath ORDER = null;
    static final Path STATUS = null;

    void jooq(DSLContext dsl) {
        dsl.delete(ORDERS).execute(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        dsl.deleteFrom(ORDERS).executeAsync(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        dsl.deleteFrom(ORDERS).returning().fetch(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        var purge = dsl.deleteFrom(DSL.table("order_lines"));
        purge.execute(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        DeleteQuery query = dsl.deleteQuery(ORDERS);
        query.execute(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void querydsl(JPAQueryFactory queryFactory, EntityManager em) {
        queryFactory.delete(ORDER).execute(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        queryFactory.update(ORDER).set(STATUS, "void").execute(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        new JPADeleteClause(em, ORDER).execute(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        new JPAUpdateClause(em, ORDER).set(STATUS, "void").execute(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    int criteriaDelete(EntityManager em) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaDelete<Object> delete = cb.createCriteriaDelete(Object.class);
        delete.from(Object.class);
        return em.createQuery(delete).executeUpdate(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    int criteriaUpdate(EntityManager em) {
        CriteriaUpdate<Object> update = em.getCriteriaBuilder().createCriteriaUpdate(Object.class);
        Root<Object> row = update.from(Object.class);
        update.set(row.get("locked"), true);
        Query query = em.createQuery(update);
        return query.executeUpdate(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void ebean(Database database) {
        DB.find(Object.class).delete(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        database.createQuery(Object.class).delete(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        DB.update(Object.class).set("status", "closed").update(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        new QOrder().delete(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void r2dbc(R2dbcEntityTemplate template) {
        template.delete(Object.class).all(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        template.update(Object.class).inTable("event_archive").apply("status"); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void mybatisPlus(UserService users, Object mapper) {
        users.lambdaUpdate().set("status", 0).update(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        ChainWrappers.lambdaUpdateChain(mapper).remove(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        new LambdaUpdateChainWrapper<>(mapper).set("status", 0).update(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    /** A service of the project: its chains start at a method it inherits from MyBatis-Plus. */
    interface UserService extends IService<Object> {
    }

    static class UserServiceImpl extends ServiceImpl<com.baomidou.mybatisplus.core.mapper.BaseMapper<Object>, Object> implements UserService {
        void disableAll() {
            lambdaUpdate().set("status", 0).update(); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        }
    }
}
