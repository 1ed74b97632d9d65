package com.example.shop;

import java.util.List;

public class CartCleaner {

    private final CartItemRepository cartItems;

    public CartCleaner(CartItemRepository cartItems) {
        this.cartItems = cartItems;
    }

    public void emptyEveryCart() {
        cartItems.deleteAll();
    }

    public void removeItems(List<Long> ids) {
        cartItems.deleteAllById(ids);
    }
}
