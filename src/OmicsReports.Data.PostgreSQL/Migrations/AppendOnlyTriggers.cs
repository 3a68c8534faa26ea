using Microsoft.EntityFrameworkCore.Migrations;

namespace OmicsReports.Data.PostgreSQL.Migrations;

/// <summary>
/// Database-level protection for append-only tables on PostgreSQL: a trigger rejects UPDATE, DELETE and TRUNCATE,
/// so neither a bug nor hand-written SQL can rewrite the audit trail (the twin of AppendOnlyGuard in the data layer;
/// the SQLite set has the same triggers in its own dialect).
/// </summary>
internal static class AppendOnlyTriggers
{
    public static void Create(MigrationBuilder migration, string table)
    {
        migration.Sql("""
            CREATE OR REPLACE FUNCTION omics_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
            END $$;
            """);
        migration.Sql($"""
            CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION omics_reject_change();
            CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION omics_reject_change();
            """);
    }

    public static void Drop(MigrationBuilder migration, string table)
    {
        migration.Sql($"""
            DROP TRIGGER IF EXISTS {table}_append_only ON {table};
            DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};
            """);
    }
}
