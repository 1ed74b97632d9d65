package com.example.shop;

import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface OrderMapper {

    int cancel(@Param("customerId") Long customerId, @Param("status") String status);

    int archive(@Param("ids") List<Long> ids);
}
