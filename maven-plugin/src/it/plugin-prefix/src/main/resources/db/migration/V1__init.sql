CREATE TABLE customer (id INT);
DELETE FROM cart;
