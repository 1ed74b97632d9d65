-- coupons moved to the promotions service
DROP TABLE legacy_coupon;

-- phone numbers are stored in E.164 form from now on
ALTER TABLE customer ADD COLUMN phone_e164 TEXT;
UPDATE customer SET phone_e164 = '+' || regexp_replace(phone, '\D', '', 'g') WHERE phone IS NOT NULL;
ALTER TABLE customer DROP COLUMN phone;
