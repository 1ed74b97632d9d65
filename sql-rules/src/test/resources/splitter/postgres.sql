CREATE OR REPLACE FUNCTION purge() RETURNS trigger AS $fn$
DECLARE
  n int := 0;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM audit WHERE id = OLD.id;
  ELSIF n > 1 THEN
    UPDATE stats SET purged = purged + 1;
  ELSE
    INSERT INTO log SELECT now();
  END IF;
  FOR r IN SELECT id FROM queue LOOP
    DELETE FROM queue WHERE id = r.id;
  END LOOP;
  EXECUTE 'TRUNCATE ' || quote_ident(TG_TABLE_NAME);
  -- a $$ inside the body; not the end
  RETURN NEW;
EXCEPTION WHEN others THEN
  DROP TABLE IF EXISTS scratch;
  RAISE;
END;
$fn$ LANGUAGE plpgsql;

DO $do$
BEGIN
  PERFORM 1;
  TRUNCATE TABLE scratch;
END
$do$;

CREATE TRIGGER purge_trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION purge();

CREATE FUNCTION one() RETURNS int AS 'select 1' LANGUAGE sql;

DELETE FROM t WHERE id = 1;
