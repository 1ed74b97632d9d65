package com.example.shop;

import org.springframework.data.repository.CrudRepository;

public interface CartRepository extends CrudRepository<CartItem, Long> {
}
