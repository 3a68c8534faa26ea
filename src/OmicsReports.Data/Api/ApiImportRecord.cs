using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmicsReports.Data.Api;

/// <summary>
/// One import posted to /api/v1/imports, from queued to its outcome. With an Idempotency-Key the row is also the
/// remembered first answer: the key is unique per client, so a retried POST finds this row instead of importing again.
/// </summary>
public sealed class ApiImportRecord
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    /// <summary>The client's Idempotency-Key header, or null when it sent none.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 (hex) of the posted files, so a key reused for different files is refused, not mistaken.</summary>
    public string RequestSha256 { get; set; } = string.Empty;

    /// <summary>One of <see cref="ApiImportStatus"/>.</summary>
    public string Status { get; set; } = ApiImportStatus.Queued;

    /// <summary>The outcome as JSON (<see cref="ApiImportResult"/>): the stored versions, or the located problems.</summary>
    public string ResultJson { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>The states of an API import; stored as text.</summary>
public static class ApiImportStatus
{
    public const string Queued = "queued";
    public const string Running = "running";

    /// <summary>Every case stored.</summary>
    public const string Done = "done";

    /// <summary>Refused (located errors) or interrupted: nothing stored.</summary>
    public const string Failed = "failed";
}

internal sealed class ApiImportRecordConfiguration : IEntityTypeConfiguration<ApiImportRecord>
{
    public void Configure(EntityTypeBuilder<ApiImportRecord> builder)
    {
        builder.ToTable("api_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.IdempotencyKey).HasMaxLength(128);
        builder.HasIndex(i => new { i.ClientId, i.IdempotencyKey }).IsUnique();
        builder.Property(i => i.RequestSha256).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Status).HasMaxLength(16).IsRequired();
        builder.HasIndex(i => i.Status);
        builder.HasOne<ApiClientRecord>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
