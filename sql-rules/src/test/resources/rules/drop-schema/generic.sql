-- dirty cases
DROP SCHEMA billing CASCADE; -- expect: drop-schema "schema `billing`"

-- clean cases
CREATE SCHEMA IF NOT EXISTS billing; -- clean: creates, drops nothing
ALTER SCHEMA billing RENAME TO billing_retired; -- clean: renamed, every table kept
SELECT 'DROP SCHEMA billing CASCADE'; -- clean: the words are in a string
