using System.Globalization;
using OmicsReports.Data.Storage;

namespace OmicsReports.Testing;

/// <summary>
/// What an intruder with the owner's rights could do to the audit trail behind the triggers' back: the tests of the
/// hash chain use it to show that the tampering is found and named.
/// </summary>
public static class AuditTampering
{
    /// <summary>Rewrites the detail of the entry at <paramref name="sequence"/>, switching the trigger off first.</summary>
    public static Task RewriteAsync(TestDatabase database, long sequence, string detail = "rewritten") =>
        BehindTheTriggerAsync(database, "no_update",
            string.Create(CultureInfo.InvariantCulture, $"UPDATE audit_entries SET \"Detail\" = '{detail.Replace("'", "''", StringComparison.Ordinal)}' WHERE \"Sequence\" = {sequence};"));

    /// <summary>Deletes the entries from <paramref name="from"/> to <paramref name="to"/> (chain positions).</summary>
    public static Task DeleteAsync(TestDatabase database, long from, long to) =>
        BehindTheTriggerAsync(database, "no_delete",
            string.Create(CultureInfo.InvariantCulture, $"DELETE FROM audit_entries WHERE \"Sequence\" BETWEEN {from} AND {to};"));

    private static async Task BehindTheTriggerAsync(TestDatabase database, string sqliteTrigger, string change)
    {
        ArgumentNullException.ThrowIfNull(database);
        var sql = database.Provider == DatabaseProvider.Sqlite
            ? $"DROP TRIGGER audit_entries_{sqliteTrigger}; {change}"
            : $"ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only; {change} ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;";
        await database.ExecuteAsync(sql, asOwner: true);
    }
}
