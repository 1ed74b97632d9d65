package shop.orders;

import org.springframework.beans.factory.annotation.Autowired;

public abstract class BaseJob {

    @Autowired
    protected OrderRepository orders;

    protected CartRepository carts;
}
