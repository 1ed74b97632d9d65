IF OBJECT_ID('dbo.purge') IS NOT NULL DROP PROCEDURE dbo.purge
GO

CREATE PROCEDURE dbo.purge
    @before datetime
AS
BEGIN
    SET NOCOUNT ON;
    DELETE FROM dbo.audit WHERE created < @before;
    IF @@ROWCOUNT > 0
    BEGIN
        UPDATE dbo.stats SET purged = purged + 1
    END
    TRUNCATE TABLE dbo.scratch
END
GO

EXEC dbo.purge '2020-01-01'
GO
