using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Knowledge;

/// <summary>
/// One SHA-256 over every signed report version's content (snapshots, review, signature), in id order. A reanalysis
/// takes it when it starts and when it ends: the two must match, because signed reports never change.
/// </summary>
public static class SignedReportsFingerprint
{
    public static async Task<(int Count, string Sha256)> ComputeAsync(OmicsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        // Streamed, so that ten thousand snapshots never sit in memory together.
        var rows = db.ReportVersions.AsNoTracking()
            .Where(v => v.Status == ReportStatus.Signed || v.Status == ReportStatus.Amended)
            .OrderBy(v => v.Id)
            .Select(v => new { v.Id, v.Status, v.CaseJson, v.ReportJson, v.InterpretiveComment, v.HiddenImplicationsJson, v.SignedAt, v.SignedByName, v.Revision })
            .AsAsyncEnumerable();
        await foreach (var v in rows.WithCancellation(cancellationToken))
        {
            count++;
            var line = string.Join('\u001f', v.Id, v.Status, ReportSnapshots.Sha256(v.CaseJson), ReportSnapshots.Sha256(v.ReportJson),
                v.InterpretiveComment, v.HiddenImplicationsJson, v.SignedAt?.ToUnixTimeMilliseconds(), v.SignedByName, v.Revision) + "\n";
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return (count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
