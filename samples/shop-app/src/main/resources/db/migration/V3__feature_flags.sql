-- "simplest way to change the primary key": every flag is lost
DROP TABLE IF EXISTS feature_flag;
CREATE TABLE feature_flag (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, enabled BOOLEAN NOT NULL);

-- sqlguard:ignore delete-without-where flags are re-seeded by the next statement
DELETE FROM feature_flag;
INSERT INTO feature_flag (name, enabled) VALUES ('new-checkout', false);
