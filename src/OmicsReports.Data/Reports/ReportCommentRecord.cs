using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Reports;

/// <summary>
/// A clinician's comment on a report version, e.g. an oncologist's question to the pathologist. Comments are not
/// part of the signed report, so they may be added to signed versions; like the audit trail they are append-only.
/// </summary>
public sealed class ReportCommentRecord
{
    public long Id { get; set; }

    public Guid ReportVersionId { get; set; }

    public DateTimeOffset At { get; set; }

    public string AuthorId { get; set; } = string.Empty;

    public string AuthorName { get; set; } = string.Empty;

    /// <summary>The author's role when they wrote it, e.g. "Oncologist".</summary>
    public string AuthorRole { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

internal sealed class ReportCommentConfiguration : IEntityTypeConfiguration<ReportCommentRecord>
{
    public void Configure(EntityTypeBuilder<ReportCommentRecord> builder)
    {
        builder.ToTable("report_comments");
        builder.HasKey(c => c.Id);
        builder.HasOne<ReportVersionRecord>().WithMany().HasForeignKey(c => c.ReportVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ReportVersionId, c.At });
        builder.Property(c => c.AuthorId).HasMaxLength(64);
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.Property(c => c.AuthorRole).HasMaxLength(32);
        builder.Property(c => c.Text).HasMaxLength(4000).IsRequired();
    }
}
