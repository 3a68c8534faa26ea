using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Cases;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.HasOne(c => c.Patient).WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.SampleId).HasMaxLength(128).IsRequired();
        builder.HasIndex(c => new { c.PatientId, c.SampleId }).IsUnique();
        builder.HasIndex(c => c.SampleId);
        builder.Property(c => c.SampleType).HasMaxLength(64);
        builder.Property(c => c.TumorTypeCode).HasMaxLength(32);
        builder.Property(c => c.TumorTypeName).HasMaxLength(256);
        builder.Property(c => c.LatestStatus).HasConversion(s => ReportStatusText.ToStored(s), s => ReportStatusText.FromStored(s)).HasMaxLength(16);
        builder.Property(c => c.TopFinding).HasMaxLength(256);
        builder.Property(c => c.TopTier).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(c => c.UpdatedAt);
        builder.HasIndex(c => c.LatestStatus);
    }
}
