package fixtures.querydsl;

import static fixtures.querydsl.QOrder.order;

import com.querydsl.jpa.impl.JPAQueryFactory;
import com.querydsl.jpa.impl.JPAUpdateClause;
import com.querydsl.sql.SQLQueryFactory;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

class OrderRepricer {

    private final JPAQueryFactory queryFactory;
    private final SQLQueryFactory sql;
    private final EntityManager em;

    OrderRepricer(JPAQueryFactory queryFactory, SQLQueryFactory sql, EntityManager em) {
        this.queryFactory = queryFactory;
        this.sql = sql;
        this.em = em;
    }

    void everyRow() {
        queryFactory.update(order).set(order.total, BigDecimal.ZERO).execute(); // expect: update-without-where "`queryFactory.update(order).set(order.total, BigDecimal.ZERO).execute()` updates every row of order"
        sql.update(QOrderRow.orderRow).set(QOrderRow.orderRow.status, "void").execute(); // expect: update-without-where
        new JPAUpdateClause(em, order).set(order.status, "void").execute(); // expect: update-without-where
    }

    void filtered(long id) {
        queryFactory.update(order).set(order.total, BigDecimal.ZERO).where(order.id.eq(id)).execute(); // clean: where
        sql.update(QOrderRow.orderRow).set(QOrderRow.orderRow.status, "void") // clean: where
                .where(QOrderRow.orderRow.id.eq(id))
                .execute();
        new JPAUpdateClause(em, order).set(order.status, "void").where(order.id.eq(id)).execute(); // clean: where
    }
}
