package shop.orders;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;

@Service
class OrderCleaner {

    @Autowired
    private OrderRepository orders;

    private final AuditRepository audit;

    OrderCleaner(AuditRepository audit) {
        this.audit = audit;
    }

    void purge() {
        orders.deleteAll(); // expect: delete-without-where "`orders.deleteAll()` deletes every row of the table of `Order`; pass the entities or ids to delete, or suppress with a reason."
        this.orders.deleteAllInBatch(); // expect: delete-without-where "`this.orders.deleteAllInBatch()`"
        audit.deleteAll(); // expect: delete-without-where "every row of the table of `AuditEntry`"
    }

    void purgeSome(List<Long> ids, List<Order> gone, String customer) {
        orders.deleteAllById(ids); // clean: by ids
        orders.deleteAll(gone); // clean: the entities given
        orders.deleteById(42L); // clean: by id
        orders.deleteAllByIdInBatch(ids); // clean: by ids, in one statement
        orders.deleteAllInBatch(gone); // clean: the entities given, in one statement
        orders.deleteByCustomer(customer); // clean: a derived query with a parameter
        orders.removeByStatus("CANCELLED"); // clean: a derived query with a parameter
        audit.deleteAll(audit.findAll().subList(0, 1)); // clean: the entities given
    }

    void throughAParameter(CrudRepository<Order, Long> repository) {
        repository.deleteAll(); // expect: delete-without-where "`repository.deleteAll()` deletes every row of the table of `Order`"
    }

    void throughALocal(ApplicationContext context) {
        OrderRepository local = context.getBean(OrderRepository.class);
        local.deleteAll(); // expect: delete-without-where
        var unknown = context.getBean(OrderRepository.class);
        // the type of a var is not known here: no sink
        unknown.deleteAll();
    }
}
