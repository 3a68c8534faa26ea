using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Data.Knowledge;

/// <summary>A recorded release for the console's list.</summary>
public sealed record ReleaseSummary(Guid Id, string Version, string Sha256, int RuleCount, int StandardCount, DateTimeOffset FirstSeenAt,
    string? PreviousVersion, int? ChangedRules);

/// <summary>One release's view of one rule: absent, unchanged, added, changed (with fields) or removed.</summary>
public sealed record RuleHistoryEntry(string Version, DateTimeOffset FirstSeenAt, string State, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// The releases the database has seen. The first start on a release records it with its diff against the release
/// seen before it, computed from that release's stored snapshot (<see cref="KnowledgeSnapshot"/>), so the diff
/// survives the old folder.
/// </summary>
public sealed class KnowledgeReleases(IDbContextFactory<OmicsDbContext> contexts, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Records <paramref name="knowledge"/> unless its hash is known; returns the record either way.</summary>
    public async Task<KnowledgeReleaseRecord> RecordAsync(KnowledgeBase knowledge, string seenBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.KnowledgeReleases.AsNoTracking().FirstOrDefaultAsync(r => r.Sha256 == knowledge.Stamp.Sha256, cancellationToken);
        if (known is not null)
        {
            return known;
        }

        var previous = (await db.KnowledgeReleases.AsNoTracking().ToListAsync(cancellationToken)).MaxBy(r => r.FirstSeenAt);
        var snapshot = KnowledgeBaseDiff.Snapshot(knowledge);
        var changes = previous is null ? null : KnowledgeBaseDiff.Compare(ReadSnapshot(previous.SnapshotJson), snapshot);
        var record = new KnowledgeReleaseRecord
        {
            Id = Guid.NewGuid(),
            Version = knowledge.Stamp.Version,
            Sha256 = knowledge.Stamp.Sha256,
            RuleCount = knowledge.Rules.Count,
            StandardCount = knowledge.Standards.Count,
            FirstSeenAt = clock.GetUtcNow(),
            SeenBy = seenBy,
            PreviousVersion = previous?.Version,
            PreviousSha256 = previous?.Sha256,
            SnapshotJson = JsonSerializer.Serialize(snapshot, OmicsJson.Compact),
            ChangesJson = changes is null ? null : JsonSerializer.Serialize(changes, OmicsJson.Compact),
        };
        db.KnowledgeReleases.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process (a second app node, the command line) recorded the same release a moment ago.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return await again.KnowledgeReleases.AsNoTracking().FirstAsync(r => r.Sha256 == knowledge.Stamp.Sha256, cancellationToken);
        }

        var what = changes is null
            ? $"knowledge base {record.Version} recorded (first release seen), {record.RuleCount} rules"
            : $"knowledge base {record.Version} recorded: {changes.Rules.Count} rule(s) or standard(s) differ from {previous!.Version}";
        await audit.AppendAsync(new AuditEntry
        {
            UserName = seenBy, Action = AuditActions.KnowledgeReleaseRecorded, TargetType = AuditTargets.KnowledgeRelease,
            TargetId = record.Id.ToString(), RemoteAddress = string.Empty, Detail = what,
        }, cancellationToken);
        return record;
    }

    public async Task<IReadOnlyList<ReleaseSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.KnowledgeReleases.AsNoTracking()
            .Select(r => new { r.Id, r.Version, r.Sha256, r.RuleCount, r.StandardCount, r.FirstSeenAt, r.PreviousVersion, r.ChangesJson })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.FirstSeenAt)
            .Select(r => new ReleaseSummary(r.Id, r.Version, r.Sha256, r.RuleCount, r.StandardCount, r.FirstSeenAt, r.PreviousVersion,
                r.ChangesJson is null ? null : ReadChanges(r.ChangesJson).Rules.Count))
            .ToList();
    }

    /// <summary>The diff recorded with a release, or null for the first release seen (or an unknown id).</summary>
    public async Task<KnowledgeBaseChanges?> ChangesAsync(Guid releaseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.KnowledgeReleases.AsNoTracking().Where(r => r.Id == releaseId).Select(r => r.ChangesJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ReadChanges(json);
    }

    /// <summary>The diff that introduced the release with this hash, for the reason of an amendment.</summary>
    public async Task<KnowledgeBaseChanges?> ChangesOfAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.KnowledgeReleases.AsNoTracking().Where(r => r.Sha256 == sha256).Select(r => r.ChangesJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ReadChanges(json);
    }

    /// <summary>A rule (or "standard:CODE") in each release seen, oldest first.</summary>
    public async Task<IReadOnlyList<RuleHistoryEntry>> HistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var releases = (await db.KnowledgeReleases.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(r => r.FirstSeenAt).ToList();
        var history = new List<RuleHistoryEntry>();
        IReadOnlyDictionary<string, string>? before = null;
        foreach (var release in releases)
        {
            var now = ReadSnapshot(release.SnapshotJson).Items.GetValueOrDefault(id);
            var (state, fields) = (before, now) switch
            {
                (null, null) => ("absent", (IReadOnlyList<FieldChange>)[]),
                (null, _) => (history.Count == 0 ? "present" : "added", []),
                (_, null) => ("removed", []),
                _ => Compare(before, now),
            };
            history.Add(new RuleHistoryEntry(release.Version, release.FirstSeenAt, state, fields));
            before = now;
        }

        return history;
    }

    private static (string, IReadOnlyList<FieldChange>) Compare(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now)
    {
        var fields = now.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => new FieldChange(f.Key, before.GetValueOrDefault(f.Key), f.Value)).ToArray();
        return (fields.Length == 0 ? "unchanged" : "changed", fields);
    }

    private static KnowledgeSnapshot ReadSnapshot(string json) =>
        JsonSerializer.Deserialize<KnowledgeSnapshot>(json, OmicsJson.Compact) ?? throw new JsonException("Empty knowledge snapshot.");

    private static KnowledgeBaseChanges ReadChanges(string json) =>
        JsonSerializer.Deserialize<KnowledgeBaseChanges>(json, OmicsJson.Compact) ?? throw new JsonException("Empty knowledge-base diff.");
}
