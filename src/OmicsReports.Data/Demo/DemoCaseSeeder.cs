using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Hosting;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Demo;

/// <summary>
/// Stores the demo cases that are missing (by sample id) as report versions: each bundle of the demo case folder
/// (setting <c>Omics:Demo:CasesPath</c>) goes through the importer and the rules engine like an upload, and each
/// report is moved through sign-out as far as <see cref="DemoCatalog"/> says, signed by the demo pathologist. Runs only
/// where <see cref="DemoSeeder"/> runs: Development. Problems in the bundles stop the start (<see cref="DemoDataException"/>).
/// </summary>
public sealed class DemoCaseSeeder(
    IDbContextFactory<OmicsDbContext> contexts,
    ReportStore store,
    ICaseImporter importer,
    IReportEngine engine,
    IOptions<DemoOptions> options,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const string SeederName = "demo-seeder";

    /// <summary>The demo case folder, resolved against the deployment folder.</summary>
    public string CasesFolder => OmicsPaths.Resolve(configuration, options.Value.CasesPath);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var files = DemoBundleLoader.Files(CasesFolder);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = (await db.Cases.Where(c => c.SampleId.StartsWith("DEMO-")).Select(c => c.SampleId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var missingFiles = files.Where(f => !existing.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
        if (missingFiles.Count == 0)
        {
            return;
        }

        var missing = await new DemoBundleLoader(importer, engine).LoadAsync(missingFiles, cancellationToken);
        var signerEmail = DemoOptions.EmailFor(Roles.Pathologist);
        var signer = await db.Users.Where(u => u.Email == signerEmail).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The demo pathologist account must exist before demo cases are seeded.");
        var stored = await store.AddVersionsAsync(missing.Select(d => d.Evaluated).ToList(), SeederName, ReportOrigins.Demo, cancellationToken);
        // Sign-out steps follow the creation time the store gave the versions, a few seconds apart.
        var now = clock.GetUtcNow();
        for (var i = 0; i < missing.Count; i++)
        {
            var demo = missing[i].Patient;
            var version = await db.ReportVersions.Include(v => v.Case).FirstAsync(v => v.Id == stored[i].VersionId, cancellationToken);
            version.InterpretiveComment = demo.Comment;
            version.Revision = Guid.NewGuid();
            if (demo.SignOut != DemoSignOut.Draft)
            {
                version.Status = ReportStatus.InReview;
                version.ReviewStartedAt = now.AddSeconds(1);
                version.ReviewStartedBy = signerEmail;
            }

            if (demo.SignOut is DemoSignOut.Signed or DemoSignOut.Amended)
            {
                Sign(version, signer.Id, signer.DisplayName, now.AddSeconds(2), ReportStatus.Signed);
            }

            version.Case!.LatestStatus = version.Status;
            if (demo.SignOut == DemoSignOut.Amended)
            {
                db.ReportVersions.Add(Amend(version, demo, signer.Id, signer.DisplayName, now.AddSeconds(3)));
                version.Case.LatestVersion = 2;
                version.Case.LatestStatus = ReportStatus.Amended;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Sign(ReportVersionRecord version, string userId, string name, DateTimeOffset at, ReportStatus status)
    {
        version.Status = status;
        version.SignedAt = at;
        version.SignedByUserId = userId;
        version.SignedByName = name;
        version.AttestationStatement = ReportSignOut.Attestation;
        version.UpdatedAt = at;
        version.UpdatedBy = DemoOptions.EmailFor(Roles.Pathologist);
    }

    private static ReportVersionRecord Amend(ReportVersionRecord signed, DemoPatient demo, string userId, string name, DateTimeOffset at)
    {
        var amendment = new ReportVersionRecord
        {
            Id = Guid.NewGuid(),
            CaseId = signed.CaseId,
            Version = signed.Version + 1,
            Origin = ReportOrigins.Amendment,
            AmendsVersion = signed.Version,
            AmendmentReason = demo.AmendmentReason,
            CaseJson = signed.CaseJson,
            ReportJson = signed.ReportJson,
            InputSha256 = signed.InputSha256,
            KnowledgeBaseVersion = signed.KnowledgeBaseVersion,
            KnowledgeBaseSha256 = signed.KnowledgeBaseSha256,
            InterpretiveComment = demo.AmendedComment ?? signed.InterpretiveComment,
            CreatedAt = at,
            CreatedBy = DemoOptions.EmailFor(Roles.Pathologist),
            ReviewStartedAt = at,
            ReviewStartedBy = DemoOptions.EmailFor(Roles.Pathologist),
            Revision = Guid.NewGuid(),
        };
        Sign(amendment, userId, name, at, ReportStatus.Amended);
        return amendment;
    }
}
