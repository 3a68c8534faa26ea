using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Api;

/// <summary>
/// A laboratory system allowed to call /api/v1 (docs/interop.md, "Clients and scopes"). Only a hash of its secret
/// is kept: the secret is shown once, when <c>omics clients add</c> creates it.
/// </summary>
public sealed class ApiClientRecord
{
    public Guid Id { get; set; }

    /// <summary>A name people recognise in the audit trail, e.g. "LIS".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Granted scopes, space-separated as in OAuth 2.0 (<see cref="ApiScopes"/>).</summary>
    public string Scopes { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of the secret (<see cref="ApiClientSecrets"/>).</summary>
    public string SecretHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the client may no longer obtain tokens; the row stays so the audit trail keeps its name.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

internal sealed class ApiClientRecordConfiguration : IEntityTypeConfiguration<ApiClientRecord>
{
    public void Configure(EntityTypeBuilder<ApiClientRecord> builder)
    {
        builder.ToTable("api_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(128).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Scopes).HasMaxLength(256).IsRequired();
        builder.Property(c => c.SecretHash).HasMaxLength(64).IsRequired();
    }
}
