CREATE TABLE customer (id INT);
DROP TABLE legacy;
CREATE TABLE cart (id INT);
DELETE FROM cart;
