package io.github.sqlguard.spotbugs.samples;

import com.baomidou.mybatisplus.extension.service.IService;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import com.baomidou.mybatisplus.extension.toolkit.ChainWrappers;
import com.querydsl.core.types.EntityPath;
import com.querydsl.core.types.Path;
import com.querydsl.core.types.Predicate;
import com.querydsl.jpa.impl.JPADeleteClause;
import com.querydsl.jpa.impl.JPAQueryFactory;
import io.ebean.DB;
import io.ebean.Database;
import io.github.sqlguard.spotbugs.samples.query.QOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.DeleteQuery;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;

/** The same chains, filtered, or with a builder the method does not see whole. */
public class BuilderChainsGood {

    static final Table ORDERS = DSL.table("orders");
    static final EntityPath ORDER = null;
    static final Path STATUS = null;
    static final Predicate BY_ID = null;

    void jooq(DSLContext dsl, Query given) {
        dsl.delete(ORDERS).where(DSL.condition("id = 1")).execute();
        dsl.deleteFrom(ORDERS).where(DSL.condition("id = 1")).executeAsync();
        var purge = dsl.deleteFrom(DSL.table("order_lines"));
        purge.where(DSL.condition("order_id = 1"));
        purge.execute();
        DeleteQuery query = dsl.deleteQuery(ORDERS);
        query.addConditions(DSL.condition("id = 1"));
        query.execute();
        given.execute();
    }

    void handedOn(DSLContext dsl, Consumer<DeleteQuery> filters) {
        DeleteQuery query = dsl.deleteQuery(ORDERS);
        filters.accept(query);
        query.execute();
    }

    void querydsl(JPAQueryFactory queryFactory, EntityManager em) {
        queryFactory.delete(ORDER).where(BY_ID).execute();
        queryFactory.update(ORDER).set(STATUS, "void").where(BY_ID).execute();
        new JPADeleteClause(em, ORDER).where(BY_ID).execute();
    }

    int criteria(EntityManager em, long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaDelete<Object> delete = cb.createCriteriaDelete(Object.class);
        Root<Object> row = delete.from(Object.class);
        delete.where(cb.equal(row.get("id"), id));
        return em.createQuery(delete).executeUpdate();
    }

    int criteriaGiven(EntityManager em, CriteriaDelete<Object> delete) {
        return em.createQuery(delete).executeUpdate();
    }

    void ebean(Database database, long id) {
        DB.find(Object.class).where().eq("status", "closed").delete();
        database.find(Object.class).setId(id).delete();
        DB.update(Object.class).set("status", "closed").where().eq("id", id).update();
        new QOrder().id.eq(id).delete();
        new QOrder().where().delete();
    }

    void r2dbc(R2dbcEntityTemplate template, Object query) {
        template.delete(Object.class).matching(query).all();
        template.update(Object.class).matching(query).apply("status");
    }

    void mybatisPlus(IService<Object> users, Object mapper, long id) {
        users.lambdaUpdate().set("status", 0).eq("id", id).update();
        ChainWrappers.lambdaUpdateChain(mapper).eq("status", 0).remove();
    }

    static class UserServiceImpl extends ServiceImpl<com.baomidou.mybatisplus.core.mapper.BaseMapper<Object>, Object> {
        void disable(long id) {
            lambdaUpdate().set("status", 0).eq("id", id).update();
        }
    }
}
