-- dirty cases: the parser cannot read the statement, so it is checked by its tokens and noted
UPDATE t SET a = 1 WHERE id = = 2; -- expect: unparsable-sql "could not be parsed at `=`, after `WHERE id =`"
UPDATE orders SET total = 0 WHERE; -- expect: unparsable-sql "it ends after `WHERE` where more was expected"
DELETE FROM orders WHERE id IN (1, 2; -- expect: unparsable-sql "it ends after `(1, 2`"
DELETE FROM ${table} WHERE ${column} = = 1; -- expect: unparsable-sql "after `WHERE` and a value known only at run time"
-- the tokens still give the other rules their verdict: this DELETE has no WHERE
DELETE TOP (10) FROM audit_log; -- expect: delete-without-where, unparsable-sql "at `TOP`, after `DELETE`"

-- clean cases
DELETE FROM session WHERE EXISTS (SELECT 1 FROM expired e WHERE e.id = session.id); -- clean: parsed
UPDATE account SET locked = 1 WHERE NOT active; -- clean: parsed
DELETE FROM session WHERE user_id = ? OR expires_at < now(); -- clean: parsed
UPDATE t SET a = 1 WHERE id = 2; -- clean: settled from its tokens, never parsed
DELETE FROM session WHERE user_id = ? AND created_at < now(); -- clean: settled from its tokens, never parsed
