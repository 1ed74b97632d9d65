-- MySQL dump style: a procedure between DELIMITER lines
DROP PROCEDURE IF EXISTS purge;

DELIMITER $$
CREATE PROCEDURE purge(IN days INT)
BEGIN
  DECLARE done INT DEFAULT 0;
  IF days > 0 THEN
    DELETE FROM audit WHERE created < NOW() - INTERVAL days DAY;
  END IF;
  -- a comment with $$ in it
  UPDATE stats SET purged = purged + 1;
END $$
SELECT 'a $$ in a string' $$
DELIMITER ;

CALL purge(30);
