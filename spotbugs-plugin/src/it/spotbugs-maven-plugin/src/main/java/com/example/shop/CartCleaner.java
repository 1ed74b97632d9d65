package com.example.shop;

import java.util.List;

public class CartCleaner {

    private final CartRepository carts;

    public CartCleaner(CartRepository carts) {
        this.carts = carts;
    }

    public void emptyEveryCart() {
        carts.deleteAll();
    }

    public void removeItems(List<Long> ids) {
        carts.deleteAllById(ids);
    }
}
