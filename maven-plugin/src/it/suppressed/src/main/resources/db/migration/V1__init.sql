-- sqlguard:ignore drop-table the table was emptied and retired in V0
DROP TABLE legacy;
