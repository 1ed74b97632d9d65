package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class CartItem {

    @Id
    private Long id;

    private long cartId;

    public Long getId() {
        return id;
    }

    public long getCartId() {
        return cartId;
    }
}
