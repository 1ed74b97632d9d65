CREATE TABLE t (id INT);
DROP TABLE customer;
