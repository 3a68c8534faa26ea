using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Knowledge;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Storage;

/// <summary>
/// What the app's PostgreSQL role may do, granted by the owner after every migration (so a new table is covered the
/// moment it exists). The app role owns nothing, so it can neither disable a trigger nor alter, truncate or drop a
/// table. On the records of record it gets only what their life allows:
/// <list type="bullet">
/// <item>append-only tables: read and insert;</item>
/// <item>report versions and board decisions: read, insert, and update only the columns that may still change (the
/// triggers then refuse even those once a version is signed or a decision final); never delete;</item>
/// <item>the migrations history: read, so the app can tell whether the schema is current;</item>
/// <item>every other table: read and write.</item>
/// </list>
/// </summary>
public static class PostgreSqlPrivileges
{
    /// <summary>Tables whose rows are never changed or deleted.</summary>
    public static IReadOnlyList<Type> AppendOnly { get; } = [typeof(AuditEntry), typeof(ReportCommentRecord), typeof(KnowledgeReleaseRecord)];

    /// <summary>Per guarded table, the columns written once at insert: the app role may not update them.</summary>
    public static IReadOnlyDictionary<Type, IReadOnlyList<string>> WrittenOnce { get; } = new Dictionary<Type, IReadOnlyList<string>>
    {
        [typeof(ReportVersionRecord)] = [nameof(ReportVersionRecord.Id), .. SignedReportGuard.Snapshot],
        [typeof(BoardDecisionRecord)] =
        [
            nameof(BoardDecisionRecord.Id), nameof(BoardDecisionRecord.MeetingId), nameof(BoardDecisionRecord.AgendaItemId),
            nameof(BoardDecisionRecord.CaseId), nameof(BoardDecisionRecord.ReportVersionId), nameof(BoardDecisionRecord.ReportVersion),
            nameof(BoardDecisionRecord.RecordedByUserId), nameof(BoardDecisionRecord.RecordedByName), nameof(BoardDecisionRecord.RecordedAt),
        ],
    };

    /// <summary>Replaces the app role's privileges in the current database; run as the owner.</summary>
    public static async Task GrantAsync(OmicsDbContext owner, string appRole, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await owner.Database.ExecuteSqlRawAsync(Script(owner.Model, appRole), cancellationToken);
    }

    /// <summary>The GRANT script for <paramref name="appRole"/>; identifiers come from the model, never from input.</summary>
    public static string Script(IModel model, string appRole)
    {
        ArgumentNullException.ThrowIfNull(model);
        var role = Quote(appRole);
        var sql = new List<string>();
        sql.Add($"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role};");
        sql.Add($"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role};");
        sql.Add($"GRANT USAGE ON SCHEMA public TO {role};");
        sql.Add($"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};");
        sql.Add($"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};");
        sql.Add($"REVOKE INSERT, UPDATE, DELETE ON \"__EFMigrationsHistory\" FROM {role};");
        foreach (var type in AppendOnly)
        {
            sql.Add($"REVOKE UPDATE, DELETE ON {Table(model, type)} FROM {role};");
        }

        foreach (var (type, fixedColumns) in WrittenOnce)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = Quote(entity.GetTableName()!);
            var mutable = entity.GetProperties().Where(p => !fixedColumns.Contains(p.Name)).Select(p => Quote(p.GetColumnName()));
            sql.Add($"REVOKE UPDATE, DELETE ON {table} FROM {role};");
            sql.Add($"GRANT UPDATE ({string.Join(", ", mutable)}) ON {table} TO {role};");
        }

        return string.Join('\n', sql);
    }

    private static string Table(IModel model, Type type) =>
        Quote(model.FindEntityType(type)?.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not in the model."));

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
