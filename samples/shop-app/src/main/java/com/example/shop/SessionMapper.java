package com.example.shop;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;

public interface SessionMapper {

    @Delete("DELETE FROM user_session WHERE 1 = 1 OR user_id = #{userId}")
    int logoutEverywhere(@Param("userId") long userId);

    @Delete("DELETE FROM user_session WHERE user_id = #{userId}")
    int logout(@Param("userId") long userId);
}
