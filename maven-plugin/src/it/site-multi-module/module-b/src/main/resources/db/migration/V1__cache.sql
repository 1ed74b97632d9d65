CREATE TABLE report_cache (id INT);
DELETE FROM audit_log;
