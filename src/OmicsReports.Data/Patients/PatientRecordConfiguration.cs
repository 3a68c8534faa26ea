using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Patients;

internal sealed class PatientRecordConfiguration : IEntityTypeConfiguration<PatientRecord>
{
    public void Configure(EntityTypeBuilder<PatientRecord> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Mrn).HasMaxLength(64);
        builder.HasIndex(p => p.Mrn).IsUnique();
        builder.Property(p => p.SourcePatientId).HasMaxLength(128);
        builder.HasIndex(p => p.SourcePatientId);
        builder.Property(p => p.FamilyName).HasMaxLength(128);
        builder.Property(p => p.GivenName).HasMaxLength(128);
        builder.Property(p => p.Sex).HasMaxLength(16);
        builder.Ignore(p => p.DisplayName);
    }
}
