using Microsoft.Extensions.Caching.Memory;

namespace OmicsReports.Data.Reports;

/// <summary>
/// Deserialised snapshots by version id. Caching them is safe because a version's snapshots never change (the
/// guard and the trigger refuse it); it spares the report page a large JSON read on every view.
/// </summary>
public sealed class SnapshotCache : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 256 });

    public bool TryGet(Guid versionId, out VersionSnapshot snapshot) =>
        cache.TryGetValue(versionId, out snapshot!);

    public VersionSnapshot GetOrRead(Guid versionId, string caseJson, string reportJson)
    {
        if (TryGet(versionId, out var cached))
        {
            return cached;
        }

        var snapshot = new VersionSnapshot(ReportSnapshots.ReadCase(caseJson), ReportSnapshots.ReadReport(reportJson));
        cache.Set(versionId, snapshot, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return snapshot;
    }

    public void Dispose() => cache.Dispose();
}
