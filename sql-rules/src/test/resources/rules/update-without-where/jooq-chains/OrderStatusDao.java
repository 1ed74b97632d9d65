package fixtures.jooq;

import static fixtures.jooq.generated.Tables.ORDERS;
import static org.jooq.impl.DSL.field;

import fixtures.jooq.filters.OrderFilters;
import fixtures.jooq.generated.tables.records.OrdersRecord;
import org.jooq.DSLContext;
import org.jooq.UpdateQuery;

class OrderStatusDao {

    private final DSLContext dsl;

    OrderStatusDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    void everyRow() {
        dsl.update(ORDERS).set(ORDERS.STATUS, "closed").execute(); // expect: update-without-where "updates every row of ORDERS; add a where(...) that selects the rows"
        dsl.update(ORDERS).set(ORDERS.STATUS, "closed").executeAsync(); // expect: update-without-where
        dsl.update(ORDERS).set(ORDERS.STATUS, "closed").returning(ORDERS.ID).fetch(); // expect: update-without-where
        var close = dsl.update(ORDERS).set(ORDERS.STATUS, "closed");
        close.execute(); // expect: update-without-where "`close.execute()` updates every row of ORDERS"
        UpdateQuery<?> query = dsl.updateQuery(ORDERS);
        query.addValue(ORDERS.STATUS, "closed");
        query.execute(); // expect: update-without-where
        dsl.update(ORDERS).set(field("order"), 1).execute(); // expect: update-without-where
    }

    void filtered(long id, OrdersRecord or) {
        dsl.update(ORDERS).set(ORDERS.STATUS, "closed").where(ORDERS.ID.eq(id)).execute(); // clean: where
        dsl.update(ORDERS).set(ORDERS.STATUS, "closed").where(ORDERS.ID.eq(id)).executeAsync(); // clean: where
        dsl.update(ORDERS).set(or).where(ORDERS.ID.eq(id)).execute(); // clean: the values of a record
        dsl.update(ORDERS).set(field("order"), 1).where(ORDERS.ID.eq(id)).execute(); // clean: a column named by an SQL word
        dsl.update(ORDERS).set(ORDERS.STATUS, "closed").where(ORDERS.ID.eq(id)).returning().fetch(); // clean: where
        var close = dsl.update(ORDERS).set(ORDERS.STATUS, "closed");
        close.where(ORDERS.ID.eq(id));
        close.execute(); // clean: where, on the variable
        UpdateQuery<?> query = dsl.updateQuery(ORDERS);
        query.addValue(ORDERS.STATUS, "closed");
        query.addConditions(ORDERS.ID.eq(id));
        query.execute(); // clean: addConditions
    }

    void handedOn(OrderFilters filters) {
        UpdateQuery<?> query = dsl.updateQuery(ORDERS);
        query.addValue(ORDERS.STATUS, "closed");
        filters.restrict(query);
        query.execute(); // clean: the filters may add a condition
    }
}
