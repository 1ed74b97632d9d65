CREATE TABLE customer (id INT);
DROP TABLE legacy;
DELETE FROM cart;
DELETE FROM cart;
