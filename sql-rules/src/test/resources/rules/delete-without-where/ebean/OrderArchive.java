package fixtures.ebean;

import fixtures.ebean.domain.Order;
import fixtures.ebean.domain.query.QOrder;
import io.ebean.DB;
import io.ebean.Database;

class OrderArchive {

    private final Database database;

    OrderArchive(Database database) {
        this.database = database;
    }

    void everyRow() {
        DB.find(Order.class).delete(); // expect: delete-without-where "`DB.find(Order.class).delete()` deletes every row of Order; add a condition (eq(...), in(...)) that selects the rows"
        database.find(Order.class).delete(); // expect: delete-without-where "`database.find(Order.class).delete()`"
        database.createQuery(Order.class).delete(); // expect: delete-without-where
        new QOrder().delete(); // expect: delete-without-where "`new QOrder().delete()` deletes every row of Order"
    }

    void filtered(long id) {
        DB.find(Order.class).where().eq("status", "closed").delete(); // clean: where().eq
        database.find(Order.class).setId(id).delete(); // clean: setId
        database.find(Order.class).where().idEq(id).delete(); // clean: idEq
        new QOrder().status.eq("closed").delete(); // clean: a property expression
    }

    void oneBean(long id) {
        DB.find(Order.class, id).delete(); // find with an id returns the bean: its delete() removes that row
    }
}
