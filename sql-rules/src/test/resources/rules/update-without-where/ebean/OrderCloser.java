package fixtures.ebean;

import fixtures.ebean.domain.Order;
import fixtures.ebean.domain.query.QOrder;
import io.ebean.DB;
import io.ebean.Database;

class OrderCloser {

    private final Database database;

    OrderCloser(Database database) {
        this.database = database;
    }

    void everyRow() {
        DB.update(Order.class).set("status", "closed").update(); // expect: update-without-where "updates every row of Order; add a condition"
        database.update(Order.class).setRaw("total = total * 2").update(); // expect: update-without-where "updates every row of Order"
        new QOrder().asUpdate().set("status", "closed").update(); // expect: update-without-where
    }

    void filtered(long id) {
        DB.update(Order.class).set("status", "closed").where().eq("id", id).update(); // clean: where().eq
        database.update(Order.class).setRaw("total = total * 2").where().idEq(id).update(); // clean: idEq
        new QOrder().id.eq(id).asUpdate().set("status", "closed").update(); // clean: a property expression
    }
}
