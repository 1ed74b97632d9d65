package shop.orders;

/** Calls through fields it inherits from its superclass. */
class NightlyJob extends BaseJob {

    void run() {
        orders.deleteAll(); // expect: delete-without-where "`orders.deleteAll()` deletes every row of the table of `Order`"
        carts.deleteAllInBatch(); // expect: delete-without-where "every row of the table of `Cart`"
        orders.deleteById(7L); // clean: by id
    }

    void forget(EventRepository events) {
        // MongoRepository deletes documents, and is not among the catalog's types: nothing to report
        events.deleteAll();
    }
}
