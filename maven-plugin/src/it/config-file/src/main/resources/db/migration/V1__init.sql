DROP TABLE legacy;
TRUNCATE audit;
