package shop.orders;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {

    void deleteByCustomer(String customer);

    long removeByStatus(String status);

    default void clearAll() {
        deleteAll(); // expect: delete-without-where "`deleteAll()` deletes every row of the table of `Order`"
    }

    default void clearOne(Order order) {
        delete(order); // clean: one entity
    }
}
