using Microsoft.EntityFrameworkCore.Migrations;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Sqlite.Migrations;

/// <summary>
/// The SQLite twins of the PostgreSQL triggers (AppendOnlyTriggers, SignedReportTriggers, BoardDecisionTriggers in
/// OmicsReports.Data.PostgreSQL): hand-written SQL meets the same refusals as the application. The audit trail,
/// comments and (from the KnowledgeReleasesAppendOnly migration on) the knowledge releases seen are append-only; a
/// signed or amended report version can be neither changed nor deleted, and no version's snapshots can change; a
/// board decision is never deleted, is frozen once final, and never moves to another case, version or author. SQLite
/// has no TRUNCATE: its "DELETE FROM table" fires the row triggers.
/// </summary>
internal static class SqliteTriggers
{
    private static readonly string[] AppendOnlyTables = ["audit_entries", "report_comments"];

    public static void Create(MigrationBuilder migration)
    {
        foreach (var table in AppendOnlyTables)
        {
            CreateAppendOnly(migration, table);
        }

        var signed = $"('{ReportStatusText.Signed}', '{ReportStatusText.Amended}')";
        migration.Sql($"""
            CREATE TRIGGER report_versions_signed_no_update BEFORE UPDATE ON report_versions
            WHEN OLD."Status" IN {signed}
            BEGIN SELECT RAISE(ABORT, 'report version is signed and immutable'); END;
            """);
        migration.Sql($"""
            CREATE TRIGGER report_versions_signed_no_delete BEFORE DELETE ON report_versions
            WHEN OLD."Status" IN {signed}
            BEGIN SELECT RAISE(ABORT, 'report version is signed and immutable'); END;
            """);
        migration.Sql($"""
            CREATE TRIGGER report_versions_snapshot_immutable BEFORE UPDATE ON report_versions
            WHEN {Changed(SignedReportGuard.Snapshot)}
            BEGIN SELECT RAISE(ABORT, 'the snapshots of report version are immutable'); END;
            """);

        migration.Sql("""
            CREATE TRIGGER board_decisions_no_delete BEFORE DELETE ON board_decisions
            BEGIN SELECT RAISE(ABORT, 'board decision cannot be deleted'); END;
            """);
        migration.Sql($"""
            CREATE TRIGGER board_decisions_final_immutable BEFORE UPDATE ON board_decisions
            WHEN OLD."State" = '{BoardDecisionStates.Final}'
            BEGIN SELECT RAISE(ABORT, 'board decision is final and immutable'); END;
            """);
        migration.Sql($"""
            CREATE TRIGGER board_decisions_fixed_links BEFORE UPDATE ON board_decisions
            WHEN {Changed(["AgendaItemId", "ReportVersionId", "RecordedAt", "RecordedByUserId"])}
            BEGIN SELECT RAISE(ABORT, 'board decision cannot move to another case, version or author'); END;
            """);
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var table in AppendOnlyTables)
        {
            DropAppendOnly(migration, table);
        }

        string[] triggers =
        [
            "report_versions_signed_no_update", "report_versions_signed_no_delete", "report_versions_snapshot_immutable",
            "board_decisions_no_delete", "board_decisions_final_immutable", "board_decisions_fixed_links",
        ];
        foreach (var trigger in triggers)
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }
    }

    /// <summary>Refuses every update and delete of <paramref name="table"/>'s rows.</summary>
    public static void CreateAppendOnly(MigrationBuilder migration, string table)
    {
        migration.Sql($"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'table {table} is append-only'); END;
            """);
        migration.Sql($"""
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'table {table} is append-only'); END;
            """);
    }

    /// <summary>Undoes <see cref="CreateAppendOnly"/>.</summary>
    public static void DropAppendOnly(MigrationBuilder migration, string table)
    {
        migration.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
        migration.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
    }

    /// <summary>"Any of these columns changed", NULL-safe (SQLite's IS NOT compares NULLs as values).</summary>
    private static string Changed(IEnumerable<string> columns) =>
        string.Join(" OR ", columns.Select(c => $"NEW.\"{c}\" IS NOT OLD.\"{c}\""));
}
