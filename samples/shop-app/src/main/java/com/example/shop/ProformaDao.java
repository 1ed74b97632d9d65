package com.example.shop;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** Proforma invoices: the UPDATE that overwrote every invoice for five days, and its fix. */
public class ProformaDao {

    private final JdbcTemplate jdbcTemplate;

    public ProformaDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void saveUnsafe(long id, BigDecimal total, String status) {
        jdbcTemplate.update("UPDATE proforma SET total = ?, status = ?", total, status);
    }

    public void save(long id, BigDecimal total, String status) {
        jdbcTemplate.update("UPDATE proforma SET total = ?, status = ? WHERE idproforma = ?", total, status, id);
    }
}
