package com.example.shop;

import org.apache.ibatis.annotations.Delete;

public interface OrderMapper {

    @Delete("DELETE FROM order_line")
    void clearLines();

    @Delete("<script>DELETE FROM cart <where><if test='userId != null'>user_id = #{userId}</if></where></script>")
    void clearCart(Long userId);

    @Delete("DELETE FROM order_line WHERE order_id = #{id}")
    void deleteLines(long id);
}
