DROP SCHEMA IF EXISTS reporting CASCADE;
CREATE SCHEMA reporting;

TRUNCATE TABLE orders;

DELETE FROM user_session;

UPDATE orders SET status = 'OPEN' WHERE TRUE;

-- a PostgreSQL form the parser does not know: checked by its tokens
DELETE FROM orders WHERE CURRENT OF orders_cursor;

-- sqlguard:ignore drop-table the table was renamed in V2, nothing is dropped here any more
SELECT 1;
