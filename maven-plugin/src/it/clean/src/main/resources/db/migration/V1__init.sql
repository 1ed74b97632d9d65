CREATE TABLE customer (id INT);
DELETE FROM cart WHERE id = 1;
ALTER TABLE customer ADD COLUMN email TEXT;
