package com.example.shop;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CartItemRepository extends JpaRepository<CartItem, Long> {

    @Modifying
    @Query("DELETE FROM CartItem c")
    void clear();

    @Modifying
    @Query("DELETE FROM CartItem c WHERE c.cartId = :cartId")
    void clearCart(long cartId);
}
