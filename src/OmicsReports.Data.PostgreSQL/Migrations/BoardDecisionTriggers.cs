using Microsoft.EntityFrameworkCore.Migrations;
using OmicsReports.Data.Boards;

namespace OmicsReports.Data.PostgreSQL.Migrations;

/// <summary>
/// Database-level protection of board decisions on PostgreSQL, the twin of the check in <see cref="BoardDecisions"/>:
/// a final decision can no longer be updated, no decision can be deleted, and the table cannot be truncated, so that
/// hand-written SQL meets the same refusal as the application. Called from the AddTumorBoards migration.
/// </summary>
internal static class BoardDecisionTriggers
{
    public static void Create(MigrationBuilder migration)
    {
        migration.Sql($"""
            CREATE OR REPLACE FUNCTION omics_guard_board_decision() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'board decision % cannot be deleted', OLD."Id"
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF OLD."State" = '{BoardDecisionStates.Final}' THEN
                    RAISE EXCEPTION 'board decision % is final and immutable', OLD."Id"
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW."AgendaItemId" IS DISTINCT FROM OLD."AgendaItemId" OR NEW."ReportVersionId" IS DISTINCT FROM OLD."ReportVersionId"
                    OR NEW."RecordedAt" IS DISTINCT FROM OLD."RecordedAt" OR NEW."RecordedByUserId" IS DISTINCT FROM OLD."RecordedByUserId" THEN
                    RAISE EXCEPTION 'board decision % cannot move to another case, version or author', OLD."Id"
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$;
            """);
        migration.Sql("""
            CREATE TRIGGER board_decisions_guard BEFORE UPDATE OR DELETE ON board_decisions
                FOR EACH ROW EXECUTE FUNCTION omics_guard_board_decision();
            CREATE TRIGGER board_decisions_no_truncate BEFORE TRUNCATE ON board_decisions
                FOR EACH STATEMENT EXECUTE FUNCTION omics_reject_change();
            """);
    }

    public static void Drop(MigrationBuilder migration)
    {
        migration.Sql("""
            DROP TRIGGER IF EXISTS board_decisions_guard ON board_decisions;
            DROP TRIGGER IF EXISTS board_decisions_no_truncate ON board_decisions;
            DROP FUNCTION IF EXISTS omics_guard_board_decision();
            """);
    }
}
