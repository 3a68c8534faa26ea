using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data.Reports;

/// <summary>What a signer gives: their password again, the authenticator code if they use one, and their consent.</summary>
/// <param name="Reauthentication">
/// For an account that signs in through an identity provider: the fresh authentication there, checked by the web app
/// (same person, <c>auth_time</c> after the request), which replaces the password and code.
/// </param>
public sealed record SignatureRequest(string Password, string? AuthenticatorCode, bool AttestationConfirmed, ProviderReauthentication? Reauthentication = null);

/// <summary>A signer's re-authentication at their identity provider (21 CFR Part 11: the signature's own identification).</summary>
/// <param name="Provider">The provider's name as the sign-in button shows it.</param>
/// <param name="AuthenticatedAt">The provider's <c>auth_time</c>.</param>
public sealed record ProviderReauthentication(string Provider, DateTimeOffset AuthenticatedAt);

/// <summary>
/// Signing and amending. A signature needs the credentials again and records name, time and the attestation word for
/// word; the version is immutable from then on. An amendment is a new draft version carrying a reason, and the
/// amended version stays readable as it was signed.
/// </summary>
public sealed class ReportSignOut(
    IDbContextFactory<OmicsDbContext> contexts,
    IAuthorizationService authorization,
    SignerVerification verification,
    AuditTrail audit,
    IOptionsMonitor<DeliveryOptions> delivery,
    TimeProvider clock)
{
    /// <summary>The attestation a signer confirms; stored with each signature.</summary>
    public const string Attestation =
        "I have reviewed the findings, the implications and their evidence in this report, and I approve it for clinical use.";

    public async Task<LifecycleResult> SignAsync(Actor actor, Guid versionId, Guid expectedRevision, SignatureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.SignReports)).Succeeded)
        {
            return LifecycleResult.Denied("sign reports");
        }

        if (!request.AttestationConfirmed)
        {
            return LifecycleResult.Invalid("Confirm the attestation to sign.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (version, refusal) = await DraftEditing.LoadAsync(db, versionId, expectedRevision, cancellationToken);
        if (version is null)
        {
            return refusal!;
        }

        if (version.Status != ReportStatus.InReview)
        {
            return LifecycleResult.Invalid($"Version {version.Version} is a draft: start the review before signing.");
        }

        var check = request.Reauthentication is null
            ? await verification.VerifyAsync(actor.UserId, request.Password, request.AuthenticatorCode)
            : await verification.VerifyReauthenticatedAsync(actor.UserId);
        if (!check.Verified)
        {
            await audit.RecordAsync(AuditActions.SignFailed, actor.User, AuditTargets.ReportVersion, version.Id.ToString(), actor.RemoteAddress,
                $"version {version.Version}: {check.Problem}", cancellationToken);
            return LifecycleResult.Invalid(check.Problem!);
        }

        var now = clock.GetUtcNow();
        version.Status = version.AmendsVersion is null ? ReportStatus.Signed : ReportStatus.Amended;
        version.SignedAt = now;
        version.SignedByUserId = actor.UserId;
        version.SignedByName = check.DisplayName;
        version.AttestationStatement = Attestation;
        ReportReview.CaseSummaryStatus(version, now);
        // The outbox rows are saved with the signature in one transaction: a signed version always has its deliveries.
        DeliveryOutbox.Queue(db, version, delivery.CurrentValue, now);
        var conflict = await DraftEditing.SaveAsync(db, version, actor, now, cancellationToken);
        if (conflict is not null)
        {
            return conflict;
        }

        var what = version.AmendsVersion is { } amended ? $"version {version.Version} signed (amends version {amended})" : $"version {version.Version} signed";
        if (request.Reauthentication is { } again)
        {
            what += $", re-authenticated at {again.Provider} at {again.AuthenticatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC";
        }

        await audit.RecordAsync(AuditActions.Sign, actor.User, AuditTargets.ReportVersion, version.Id.ToString(), actor.RemoteAddress, what, cancellationToken);
        return LifecycleResult.Done($"Version {version.Version} is signed by {check.DisplayName}.", version.Revision);
    }

    /// <summary>Opens an amendment of a signed version as a new draft that starts from its review.</summary>
    public async Task<LifecycleResult> AmendAsync(Actor actor, Guid versionId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.SignReports)).Succeeded)
        {
            return LifecycleResult.Denied("amend reports");
        }

        var why = (reason ?? string.Empty).Trim();
        if (why.Length < 5)
        {
            return LifecycleResult.Invalid("Give the reason for the amendment; it is printed with the amended report.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var signed = await db.ReportVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (signed is null)
        {
            return LifecycleResult.NotFound();
        }

        if (!signed.Status.IsSigned())
        {
            return LifecycleResult.Invalid($"Version {signed.Version} is not signed yet; edit it directly instead of amending.");
        }

        var newer = await db.ReportVersions.AsNoTracking().Where(v => v.CaseId == signed.CaseId && v.Version > signed.Version)
            .OrderBy(v => v.Version).Select(v => new { v.Version, v.Status }).ToListAsync(cancellationToken);
        if (newer.FirstOrDefault(v => v.Status.IsEditable()) is { } open)
        {
            return LifecycleResult.Invalid($"Version {open.Version} is already open for changes; continue there.");
        }

        if (newer.Count > 0)
        {
            return LifecycleResult.Invalid($"Version {newer[^1].Version} supersedes this one; amend the newest signed version.");
        }

        var record = await db.Cases.FirstAsync(c => c.Id == signed.CaseId, cancellationToken);
        var now = clock.GetUtcNow();
        var amendment = new ReportVersionRecord
        {
            Id = Guid.NewGuid(),
            CaseId = signed.CaseId,
            Version = record.LatestVersion + 1,
            Status = ReportStatus.Draft,
            Origin = ReportOrigins.Amendment,
            AmendsVersion = signed.Version,
            AmendmentReason = why[..Math.Min(why.Length, 2000)],
            CaseJson = signed.CaseJson,
            ReportJson = signed.ReportJson,
            InputSha256 = signed.InputSha256,
            KnowledgeBaseVersion = signed.KnowledgeBaseVersion,
            KnowledgeBaseSha256 = signed.KnowledgeBaseSha256,
            InterpretiveComment = signed.InterpretiveComment,
            HiddenImplicationsJson = signed.HiddenImplicationsJson,
            CreatedAt = now,
            CreatedBy = actor.UserName,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
            Revision = Guid.NewGuid(),
        };
        db.ReportVersions.Add(amendment);
        record.LatestVersion = amendment.Version;
        record.LatestStatus = ReportStatus.Draft;
        record.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (case, version) index: another amendment or import took this number a moment ago.
            return new LifecycleResult(LifecycleOutcome.Conflict, "Another version of this case was created at the same moment. Reload the page and check it before amending.");
        }

        await audit.RecordAsync(AuditActions.Amend, actor.User, AuditTargets.ReportVersion, amendment.Id.ToString(), actor.RemoteAddress,
            $"version {amendment.Version} opened to amend version {signed.Version}: {amendment.AmendmentReason}", cancellationToken);
        return new LifecycleResult(LifecycleOutcome.Done, $"Version {amendment.Version} opened as an amendment of version {signed.Version}.")
        {
            Revision = amendment.Revision,
            NewVersion = amendment.Version,
        };
    }
}
