package fixtures.jooq;

import static fixtures.jooq.generated.Tables.ORDERS;
import static fixtures.jooq.generated.Tables.ORDER_LINES;
import static org.jooq.impl.DSL.selectOne;

import fixtures.jooq.filters.OrderFilters;
import org.jooq.DSLContext;
import org.jooq.DeleteQuery;

class OrderPurgeDao {

    private final DSLContext dsl;

    OrderPurgeDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    void everyRow() {
        dsl.deleteFrom(ORDERS).execute(); // expect: delete-without-where "`dsl.deleteFrom(ORDERS).execute()` deletes every row of ORDERS; add a where(...) that selects the rows, or suppress with a reason."
        dsl.delete(ORDER_LINES).execute(); // expect: delete-without-where "every row of ORDER_LINES"
        dsl.deleteFrom(ORDERS).executeAsync(); // expect: delete-without-where "`dsl.deleteFrom(ORDERS).executeAsync()`"
        dsl.deleteFrom(ORDERS).returning().fetch(); // expect: delete-without-where
        var purge = dsl.deleteFrom(ORDER_LINES);
        purge.execute(); // expect: delete-without-where "`purge.execute()` deletes every row of ORDER_LINES"
        DeleteQuery<?> query = dsl.deleteQuery(ORDERS);
        query.execute(); // expect: delete-without-where
    }

    void filtered(long id) {
        dsl.deleteFrom(ORDERS).where(ORDERS.ID.eq(id)).execute(); // clean: where
        dsl.delete(ORDER_LINES).whereExists(selectOne()).execute(); // clean: whereExists
        dsl.deleteFrom(ORDERS).where(ORDERS.ID.eq(id)).executeAsync(); // clean: where, run later
        dsl.deleteFrom(ORDERS).where(ORDERS.ID.eq(id)).returning().fetch(); // clean: where
        var purge = dsl.deleteFrom(ORDER_LINES).where(ORDER_LINES.ORDER_ID.eq(id));
        purge.execute(); // clean: filtered where the variable is set
        DeleteQuery<?> query = dsl.deleteQuery(ORDERS);
        query.addConditions(ORDERS.ID.eq(id));
        query.execute(); // clean: addConditions
    }

    void handedOn(DeleteQuery<?> given, OrderFilters filters) {
        given.execute(); // a parameter: where it starts is not known
        DeleteQuery<?> query = dsl.deleteQuery(ORDERS);
        filters.restrict(query);
        query.execute(); // clean: the filters may add a condition
    }
}
