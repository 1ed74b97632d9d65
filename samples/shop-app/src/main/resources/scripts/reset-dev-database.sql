-- run by hand on a developer machine; one wrong connection string away from production
DROP DATABASE IF EXISTS shop;
CREATE DATABASE shop;
