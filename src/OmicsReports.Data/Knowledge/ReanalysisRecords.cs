using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Knowledge;

/// <summary>The states of a reanalysis run. Stored as text; add names, never rename.</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string Failed = "failed";
}

/// <summary>
/// One reanalysis of every stored case under one knowledge-base release. Its cases are fixed when it is created (one
/// <see cref="ReanalysisCaseRecord"/> each), so a run that is stopped, killed or cancelled can be resumed without
/// losing or repeating a case.
/// </summary>
public sealed class ReanalysisRunRecord
{
    public Guid Id { get; set; }

    public string KnowledgeBaseVersion { get; set; } = string.Empty;

    public string KnowledgeBaseSha256 { get; set; } = string.Empty;

    public string Status { get; set; } = RunStatus.Running;

    /// <summary>Set by a curator; the worker stops after the batch in hand.</summary>
    public bool CancelRequested { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset? FinishedAt { get; set; }

    public int Total { get; set; }

    public int Processed { get; set; }

    /// <summary>Cases with at least one change.</summary>
    public int Changed { get; set; }

    public int NewTierOne { get; set; }

    /// <summary>The signed versions when the run was created, and the hash over their content then and at the end.</summary>
    public int SignedCount { get; set; }

    public string SignedSha256Before { get; set; } = string.Empty;

    public string? SignedSha256After { get; set; }

    /// <summary>Why a run failed, in words for the curator; never patient data.</summary>
    public string? Message { get; set; }
}

/// <summary>What one case's latest version becomes under the run's release; <see cref="Done"/> once evaluated.</summary>
public sealed class ReanalysisCaseRecord
{
    public Guid Id { get; set; }

    public Guid RunId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The version that was re-evaluated: the case's latest when the run was created.</summary>
    public Guid VersionId { get; set; }

    public int Version { get; set; }

    public bool Done { get; set; }

    /// <summary>The kinds of change found (<see cref="ChangeKinds"/>); 0 when nothing changed.</summary>
    public int Kinds { get; set; }

    /// <summary>The first change in words, for the worklist.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The list of <c>ImplicationChange</c> as JSON, when anything changed.</summary>
    public string? ChangesJson { get; set; }

    /// <summary>The re-evaluated <c>OmicsReport</c> as JSON, when anything changed (the side-by-side view and the amendment read it).</summary>
    public string? ReportJson { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}

internal sealed class ReanalysisRunConfiguration : IEntityTypeConfiguration<ReanalysisRunRecord>
{
    public void Configure(EntityTypeBuilder<ReanalysisRunRecord> builder)
    {
        builder.ToTable("reanalysis_runs");
        builder.Property(r => r.KnowledgeBaseVersion).HasMaxLength(64);
        builder.Property(r => r.KnowledgeBaseSha256).HasMaxLength(64);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.SignedSha256Before).HasMaxLength(64);
        builder.Property(r => r.SignedSha256After).HasMaxLength(64);
        builder.Property(r => r.Message).HasMaxLength(1000);
        builder.HasIndex(r => r.CreatedAt);
    }
}

internal sealed class ReanalysisCaseConfiguration : IEntityTypeConfiguration<ReanalysisCaseRecord>
{
    public void Configure(EntityTypeBuilder<ReanalysisCaseRecord> builder)
    {
        builder.ToTable("reanalysis_cases");
        builder.Property(r => r.Summary).HasMaxLength(512);
        builder.HasOne<ReanalysisRunRecord>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        // One row per case and run: the database itself refuses a duplicate.
        builder.HasIndex(r => new { r.RunId, r.CaseId }).IsUnique();
        builder.HasIndex(r => new { r.RunId, r.Done });
        builder.HasIndex(r => new { r.RunId, r.Kinds });
        builder.HasIndex(r => r.VersionId);
    }
}
