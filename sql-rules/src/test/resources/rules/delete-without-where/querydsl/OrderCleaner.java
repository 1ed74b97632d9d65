package fixtures.querydsl;

import static fixtures.querydsl.QOrder.order;

import com.querydsl.jpa.impl.JPADeleteClause;
import com.querydsl.jpa.impl.JPAQueryFactory;
import com.querydsl.sql.SQLQueryFactory;
import com.querydsl.sql.dml.SQLDeleteClause;
import jakarta.persistence.EntityManager;
import java.sql.Connection;

class OrderCleaner {

    private final JPAQueryFactory queryFactory;
    private final SQLQueryFactory sql;
    private final EntityManager em;

    OrderCleaner(JPAQueryFactory queryFactory, SQLQueryFactory sql, EntityManager em) {
        this.queryFactory = queryFactory;
        this.sql = sql;
        this.em = em;
    }

    void everyRow(Connection connection) {
        queryFactory.delete(order).execute(); // expect: delete-without-where "`queryFactory.delete(order).execute()` deletes every row of order; add a where(...)"
        sql.delete(QOrderRow.orderRow).execute(); // expect: delete-without-where "every row of orderRow"
        new JPADeleteClause(em, QOrder.order).execute(); // expect: delete-without-where "`new JPADeleteClause(em, QOrder.order).execute()`"
        new SQLDeleteClause(connection, SqlSetup.TEMPLATES, QOrderRow.orderRow).execute(); // expect: delete-without-where
    }

    void filtered(Connection connection, long id) {
        queryFactory.delete(order).where(order.id.eq(id)).execute(); // clean: where
        sql.delete(QOrderRow.orderRow).where(QOrderRow.orderRow.id.eq(id)).execute(); // clean: where
        new JPADeleteClause(em, QOrder.order).where(order.status.eq("closed")).execute(); // clean: where
        new SQLDeleteClause(connection, SqlSetup.TEMPLATES, QOrderRow.orderRow) // clean: where
                .where(QOrderRow.orderRow.id.eq(id))
                .execute();
    }
}
