DROP TABLE legacy_coupon;
