using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data;

/// <summary>
/// The one EF Core model. It is provider-neutral: only <see cref="DataServiceCollectionExtensions"/> names
/// PostgreSQL. Created per operation through <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public sealed class OmicsDbContext(DbContextOptions<OmicsDbContext> options) : IdentityDbContext<OmicsUser>(options)
{
    public DbSet<PatientRecord> Patients => Set<PatientRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<ReportVersionRecord> ReportVersions => Set<ReportVersionRecord>();

    public DbSet<ReportCommentRecord> ReportComments => Set<ReportCommentRecord>();

    public DbSet<BoardMeetingRecord> BoardMeetings => Set<BoardMeetingRecord>();

    public DbSet<BoardAttendeeRecord> BoardAttendees => Set<BoardAttendeeRecord>();

    public DbSet<BoardAgendaItemRecord> BoardAgendaItems => Set<BoardAgendaItemRecord>();

    public DbSet<BoardDecisionRecord> BoardDecisions => Set<BoardDecisionRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OmicsDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        SignedReportGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        SignedReportGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
