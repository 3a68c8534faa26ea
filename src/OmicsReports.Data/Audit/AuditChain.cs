using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OmicsReports.Data.Audit;

/// <summary>
/// The hash chain over the audit trail. Each entry stores the SHA-256 of the entry before it and of its own content
/// together with that previous hash, and entries are numbered 1, 2, 3, … without gaps. Changing an entry breaks its
/// own hash; deleting one leaves a hole in the numbers; inserting one breaks the next entry's link. The content is
/// written as length-prefixed UTF-8 fields, so no choice of text can make two different entries read alike, and the
/// PostgreSQL migration that chained the entries written before the chain existed builds the same bytes in SQL
/// (OmicsReports.Data.PostgreSQL, AuditChainBackfill).
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Names the format, so a later format can be told apart.</summary>
    public const string FormatTag = "omics-audit-v1";

    /// <summary>The instant as the chain hashes it and both providers store it: UTC, whole microseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at) => Storage.UtcTimestampConverter.Truncate(at);

    /// <summary>Microseconds since 1970-01-01 UTC, the chain's representation of time.</summary>
    public static long UnixMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The SHA-256 (lower-case hex) that <paramref name="entry"/> must carry, given its previous hash.</summary>
    public static string HashOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var content = new StringBuilder(256 + entry.Detail.Length);
        foreach (var field in Fields(entry))
        {
            content.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }

    /// <summary>Makes <paramref name="entry"/> the link after the entry at <paramref name="previousSequence"/> (0 and a null hash before the first).</summary>
    public static void Link(AuditEntry entry, long previousSequence, string? previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.At = Normalize(entry.At);
        entry.Sequence = previousSequence + 1;
        entry.PreviousHash = previousHash ?? Genesis;
        entry.Hash = HashOf(entry);
    }

    private static IEnumerable<string> Fields(AuditEntry entry) =>
    [
        FormatTag,
        entry.Sequence.ToString(CultureInfo.InvariantCulture),
        entry.PreviousHash,
        UnixMicroseconds(entry.At).ToString(CultureInfo.InvariantCulture),
        entry.UserId,
        entry.UserName,
        entry.Action,
        entry.TargetType,
        entry.TargetId,
        entry.RemoteAddress,
        entry.Detail,
    ];
}
