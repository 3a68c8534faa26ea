using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

internal sealed class BoardMeetingConfiguration : IEntityTypeConfiguration<BoardMeetingRecord>
{
    public void Configure(EntityTypeBuilder<BoardMeetingRecord> builder)
    {
        builder.ToTable("board_meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.BoardName).HasMaxLength(BoardLimits.BoardName).IsRequired();
        builder.Property(m => m.Location).HasMaxLength(BoardLimits.Location);
        builder.Property(m => m.PresenterUserId).HasMaxLength(64);
        builder.Property(m => m.PresenterName).HasMaxLength(256);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.HasIndex(m => m.ScheduledAt);
        builder.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoardAttendeeConfiguration : IEntityTypeConfiguration<BoardAttendeeRecord>
{
    public void Configure(EntityTypeBuilder<BoardAttendeeRecord> builder)
    {
        builder.ToTable("board_attendees");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.DisplayName).HasMaxLength(256);
        builder.Property(a => a.Role).HasMaxLength(32);
        builder.HasIndex(a => new { a.MeetingId, a.UserId }).IsUnique();
    }
}

internal sealed class BoardAgendaItemConfiguration : IEntityTypeConfiguration<BoardAgendaItemRecord>
{
    public void Configure(EntityTypeBuilder<BoardAgendaItemRecord> builder)
    {
        builder.ToTable("board_agenda_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Question).HasMaxLength(BoardLimits.Question);
        builder.Property(i => i.AddedBy).HasMaxLength(256);
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportVersionRecord>().WithMany().HasForeignKey(i => i.ReportVersionId).OnDelete(DeleteBehavior.Restrict);
        // Positions are rewritten together when the order changes, so they are indexed but not unique.
        builder.HasIndex(i => new { i.MeetingId, i.Position });
        builder.HasIndex(i => new { i.MeetingId, i.CaseNumber }).IsUnique();
        builder.HasIndex(i => new { i.MeetingId, i.ReportVersionId }).IsUnique();
    }
}

internal sealed class BoardDecisionConfiguration : IEntityTypeConfiguration<BoardDecisionRecord>
{
    public void Configure(EntityTypeBuilder<BoardDecisionRecord> builder)
    {
        builder.ToTable("board_decisions");
        builder.HasKey(d => d.Id);
        builder.HasOne<BoardMeetingRecord>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BoardAgendaItemRecord>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportVersionRecord>().WithMany().HasForeignKey(d => d.ReportVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.AgendaItemId).IsUnique();
        builder.HasIndex(d => d.CaseId);
        builder.Property(d => d.State).HasConversion(s => BoardDecisionStates.ToStored(s), s => BoardDecisionStates.FromStored(s)).HasMaxLength(16);
        builder.Property(d => d.TherapyBiomarker).HasMaxLength(256);
        builder.Property(d => d.Therapy).HasMaxLength(512);
        builder.Property(d => d.TherapyTier).HasMaxLength(8);
        builder.Property(d => d.FreeTextRecommendation).HasMaxLength(BoardLimits.Text);
        builder.Property(d => d.TrialDetails).HasMaxLength(BoardLimits.ShortText);
        builder.Property(d => d.AdditionalTesting).HasMaxLength(BoardLimits.ShortText);
        builder.Property(d => d.Rationale).HasMaxLength(BoardLimits.Text);
        builder.Property(d => d.RecordedByUserId).HasMaxLength(64);
        builder.Property(d => d.RecordedByName).HasMaxLength(256);
        builder.Property(d => d.UpdatedByName).HasMaxLength(256);
        builder.Property(d => d.FinalizedByName).HasMaxLength(256);
        builder.Property(d => d.Revision).IsConcurrencyToken();
    }
}

/// <summary>Text lengths, shared by the columns and the input checks so that they cannot disagree.</summary>
public static class BoardLimits
{
    public const int BoardName = 200;
    public const int Location = 200;
    public const int Question = 1000;
    public const int ShortText = 1000;
    public const int Text = 4000;
}

/// <summary>The stored words of <see cref="BoardDecisionState"/> (read by the PostgreSQL trigger).</summary>
public static class BoardDecisionStates
{
    public const string Preliminary = "preliminary";
    public const string Final = "final";

    public static string ToStored(BoardDecisionState state) => state == BoardDecisionState.Final ? Final : Preliminary;

    public static BoardDecisionState FromStored(string stored) => stored switch
    {
        Final => BoardDecisionState.Final,
        Preliminary => BoardDecisionState.Preliminary,
        _ => throw new InvalidOperationException($"'{stored}' is not a board decision state."),
    };
}
