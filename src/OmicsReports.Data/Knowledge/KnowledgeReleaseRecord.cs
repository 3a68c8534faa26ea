using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Knowledge;

/// <summary>
/// A knowledge-base release the app (or <c>omics db reanalyze</c>) has run on, recorded the first time it is seen,
/// with its content snapshot and its field-by-field diff against the release seen before it. Never changed afterwards.
/// </summary>
public sealed class KnowledgeReleaseRecord
{
    public Guid Id { get; set; }

    public string Version { get; set; } = string.Empty;

    /// <summary>The knowledge base's content hash, as every report records it; unique.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public int RuleCount { get; set; }

    public int StandardCount { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>Which program recorded it: "app" or "omics db reanalyze".</summary>
    public string SeenBy { get; set; } = string.Empty;

    public string? PreviousVersion { get; set; }

    public string? PreviousSha256 { get; set; }

    /// <summary>The <c>KnowledgeSnapshot</c> as JSON: every rule and standard field by field.</summary>
    public string SnapshotJson { get; set; } = string.Empty;

    /// <summary>The <c>KnowledgeBaseChanges</c> against the previous release as JSON; null for the first release seen.</summary>
    public string? ChangesJson { get; set; }
}

internal sealed class KnowledgeReleaseConfiguration : IEntityTypeConfiguration<KnowledgeReleaseRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeReleaseRecord> builder)
    {
        builder.ToTable("knowledge_releases");
        builder.Property(r => r.Version).HasMaxLength(64);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.SeenBy).HasMaxLength(64);
        builder.Property(r => r.PreviousVersion).HasMaxLength(64);
        builder.Property(r => r.PreviousSha256).HasMaxLength(64);
        builder.HasIndex(r => r.Sha256).IsUnique();
        builder.HasIndex(r => r.FirstSeenAt);
    }
}
