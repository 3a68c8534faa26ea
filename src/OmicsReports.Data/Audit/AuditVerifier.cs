using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Audit;

/// <summary>The first place where the chain does not hold, in words an auditor can act on.</summary>
public sealed record AuditBreak(long Sequence, long? EntryId, string Problem);

/// <summary>The outcome of walking the chain: how many entries held, the last good link, and the first break.</summary>
public sealed record AuditVerification(long Entries, long LastSequence, string LastHash, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>An entry an auditor noted down earlier (from a previous verification), which must still be there.</summary>
public sealed record AuditCheckpoint(long Sequence, string Hash)
{
    /// <summary>Reads "SEQUENCE:HASH" as printed by <c>omics audit verify</c>; null when it is not that.</summary>
    public static AuditCheckpoint? Parse(string text)
    {
        var parts = (text ?? string.Empty).Split(':', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && long.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var sequence) && parts[1].Length == 64
            ? new AuditCheckpoint(sequence, parts[1].ToLowerInvariant())
            : null;
    }
}

/// <summary>Walks the audit trail in chain order and checks every link (<c>omics audit verify</c>).</summary>
public static class AuditVerifier
{
    /// <summary>
    /// Checks every link. A chain cannot show entries removed from its end by itself; a <paramref name="checkpoint"/>
    /// noted earlier can: the chain must still reach it, with the same hash.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(OmicsDbContext db, AuditCheckpoint? checkpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        long count = 0, expected = 1;
        var previousHash = AuditChain.Genesis;
        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var problem = Check(entry, expected, previousHash);
            if (problem is not null)
            {
                return new AuditVerification(count, expected - 1, previousHash, problem);
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Sequence && !string.Equals(entry.Hash, checkpoint.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(count, expected - 1, previousHash, new AuditBreak(entry.Sequence, entry.Id,
                    $"entry {entry.Sequence} (id {entry.Id}) no longer has the hash noted at the checkpoint: the chain was rebuilt from here or earlier."));
            }

            count++;
            expected++;
            previousHash = entry.Hash;
        }

        if (checkpoint is not null && checkpoint.Sequence > expected - 1)
        {
            return new AuditVerification(count, expected - 1, previousHash, new AuditBreak(expected, null,
                $"the chain ends at entry {expected - 1}, but entry {checkpoint.Sequence} was noted earlier: entries were removed from the end."));
        }

        return new AuditVerification(count, expected - 1, previousHash, null);
    }

    private static AuditBreak? Check(AuditEntry entry, long expected, string previousHash)
    {
        if (entry.Sequence > expected)
        {
            var missing = entry.Sequence - 1 == expected ? $"entry {expected} is" : $"entries {expected} to {entry.Sequence - 1} are";
            return new AuditBreak(expected, null, $"{missing} missing: deleted after they were written (the next present entry is {entry.Sequence}, id {entry.Id}).");
        }

        if (entry.Sequence < expected)
        {
            return new AuditBreak(entry.Sequence, entry.Id, $"entry {entry.Sequence} (id {entry.Id}) is out of order: the chain had already reached {expected - 1}.");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return new AuditBreak(entry.Sequence, entry.Id,
                $"entry {entry.Sequence} (id {entry.Id}) does not link to entry {entry.Sequence - 1}: an entry was replaced or inserted here.");
        }

        if (!string.Equals(AuditChain.HashOf(entry), entry.Hash, StringComparison.Ordinal))
        {
            return new AuditBreak(entry.Sequence, entry.Id,
                $"entry {entry.Sequence} (id {entry.Id}, {entry.Action} at {entry.At:yyyy-MM-dd HH:mm:ss} UTC) was changed after it was written: its content does not match its hash.");
        }

        return null;
    }
}
