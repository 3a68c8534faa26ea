using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Reports;

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersionRecord>
{
    public void Configure(EntityTypeBuilder<ReportVersionRecord> builder)
    {
        builder.ToTable("report_versions", t => t.HasCheckConstraint(
            "ck_report_versions_signature",
            $"\"Status\" NOT IN ('{ReportStatusText.Signed}', '{ReportStatusText.Amended}') OR " +
            "(\"SignedAt\" IS NOT NULL AND \"SignedByName\" IS NOT NULL AND \"AttestationStatement\" IS NOT NULL)"));
        builder.HasKey(v => v.Id);
        builder.HasOne(v => v.Case).WithMany(c => c.Versions).HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CaseId, v.Version }).IsUnique();
        builder.Property(v => v.Status).HasConversion(s => ReportStatusText.ToStored(s), s => ReportStatusText.FromStored(s)).HasMaxLength(16);
        builder.Property(v => v.Origin).HasMaxLength(16);
        builder.Property(v => v.AmendmentReason).HasMaxLength(2000);
        builder.Property(v => v.CaseJson).IsRequired();
        builder.Property(v => v.ReportJson).IsRequired();
        builder.Property(v => v.InputSha256).HasMaxLength(64);
        builder.Property(v => v.KnowledgeBaseVersion).HasMaxLength(64);
        builder.Property(v => v.KnowledgeBaseSha256).HasMaxLength(64);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.Property(v => v.InterpretiveComment).HasMaxLength(8000);
        builder.Property(v => v.ReviewStartedBy).HasMaxLength(256);
        builder.Property(v => v.SignedByUserId).HasMaxLength(64);
        builder.Property(v => v.SignedByName).HasMaxLength(256);
        builder.Property(v => v.AttestationStatement).HasMaxLength(2000);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.Property(v => v.Revision).IsConcurrencyToken();
    }
}
