-- dirty cases
DROP DATABASE shop; -- expect: drop-database "database `shop`"
DROP DATABASE IF EXISTS `shop`; -- expect: drop-database

-- clean cases
CREATE DATABASE shop_test; -- clean: creates, drops nothing
ALTER DATABASE shop SET timezone TO 'UTC'; -- clean: changes a setting, keeps every table
SELECT 'DROP DATABASE shop'; -- clean: the words are in a string
DROP DATABASE LINK remote_db; -- clean: an Oracle link to another database goes, no data with it
DROP PUBLIC DATABASE LINK remote_db; -- clean: the same link, shared by every schema
