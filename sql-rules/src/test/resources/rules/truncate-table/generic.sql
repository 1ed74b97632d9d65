-- dirty cases
TRUNCATE TABLE payment; -- expect: truncate-table
TRUNCATE payment, refund RESTART IDENTITY; -- expect: truncate-table
TRUNCATE ONLY ledger; -- expect: truncate-table

-- clean cases
CREATE TEMPORARY TABLE scratch (id INT);
TRUNCATE scratch; -- clean: a temporary table of this script
DROP TABLE scratch; -- clean: a temporary table of this script
TRUNCATE TABLE #staging; -- clean: a SQL Server temporary table, by its name
CREATE TABLE staging_copy AS SELECT * FROM customer;
TRUNCATE staging_copy; -- clean: created earlier in the same script
DELETE FROM payment WHERE created_at < ?; -- clean: a filtered DELETE instead
