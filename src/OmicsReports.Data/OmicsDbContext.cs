using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Api;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data;

/// <summary>
/// The one EF Core model for SQLite and PostgreSQL: only <see cref="Storage.OmicsDatabase"/> names a provider, and
/// the one difference in the model is how each stores time (<see cref="ConfigureConventions"/>). Created per
/// operation through <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public sealed class OmicsDbContext(DbContextOptions<OmicsDbContext> options) : IdentityDbContext<OmicsUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The ASP.NET Data Protection key ring (cookies, antiforgery tokens): in the database so that every app node that
    /// shares the database reads and writes the same keys, and a sign-in on one node is valid on the others.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PatientRecord> Patients => Set<PatientRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<ReportVersionRecord> ReportVersions => Set<ReportVersionRecord>();

    public DbSet<ReportCommentRecord> ReportComments => Set<ReportCommentRecord>();

    public DbSet<BoardMeetingRecord> BoardMeetings => Set<BoardMeetingRecord>();

    public DbSet<BoardAttendeeRecord> BoardAttendees => Set<BoardAttendeeRecord>();

    public DbSet<BoardAgendaItemRecord> BoardAgendaItems => Set<BoardAgendaItemRecord>();

    public DbSet<BoardDecisionRecord> BoardDecisions => Set<BoardDecisionRecord>();

    public DbSet<Knowledge.KnowledgeReleaseRecord> KnowledgeReleases => Set<Knowledge.KnowledgeReleaseRecord>();

    public DbSet<Knowledge.ReanalysisRunRecord> ReanalysisRuns => Set<Knowledge.ReanalysisRunRecord>();

    public DbSet<Knowledge.ReanalysisCaseRecord> ReanalysisCases => Set<Knowledge.ReanalysisCaseRecord>();
    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();

    public DbSet<ApiClientRecord> ApiClients => Set<ApiClientRecord>();

    public DbSet<ApiImportRecord> ApiImports => Set<ApiImportRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Both providers store instants in UTC at whole microseconds; SQLite, which has no time type, as sortable text.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Storage.UtcTimestampConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Storage.UtcTimestampConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Storage.UtcInstantConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Storage.UtcInstantConverter>();
        }
    }

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
