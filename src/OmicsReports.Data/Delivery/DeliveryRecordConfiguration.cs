using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Delivery;

internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.HasOne(d => d.ReportVersion).WithMany().HasForeignKey(d => d.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.VersionId, d.Destination }).IsUnique();
        // The worker's question: which pending rows are due?
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.Property(d => d.Destination).HasMaxLength(64);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(2000);
    }
}
