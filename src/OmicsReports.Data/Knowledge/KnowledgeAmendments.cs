using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Knowledge.Changes;

namespace OmicsReports.Data.Knowledge;

/// <summary>
/// Opens the amendment a reanalysis calls for: a new draft of the signed version carrying the re-evaluated report,
/// with the reason written from the changes ("knowledge base 2026.12.1: new tier IA option …"). Signing it stays the
/// pathologist's act; the sign-out service checks the role and audits the amendment.
/// </summary>
public sealed class KnowledgeAmendments(ReanalysisQueries queries, ReportSignOut signOut)
{
    public async Task<LifecycleResult> CreateDraftAsync(Actor actor, Guid rowId, CancellationToken cancellationToken = default)
    {
        var detail = await queries.DetailAsync(rowId, cancellationToken);
        if (detail is null)
        {
            return LifecycleResult.NotFound();
        }

        return await signOut.AmendAsync(actor, detail.VersionId, Reason(detail.NewKnowledgeBase, detail.Changes), detail.Reevaluated, cancellationToken);
    }

    /// <summary>The amendment reason: the release, then each change in words.</summary>
    public static string Reason(string version, IReadOnlyList<ImplicationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var parts = changes.Select(c => c.Kind switch
        {
            ImplicationChangeKind.NewTierOne => $"new tier {c.NewTier} option {Therapies(c)} for {c.Biomarker}",
            ImplicationChangeKind.Added => $"new tier {c.NewTier} option {Therapies(c)} for {c.Biomarker}",
            ImplicationChangeKind.Dropped => $"{c.Biomarker}: {Therapies(c)} no longer supported (was tier {c.OldTier})",
            _ => c.Summary,
        });
        var reason = $"knowledge base {version}: {string.Join("; ", parts)}";
        return reason.Length <= 2000 ? reason : reason[..1999] + "…";
    }

    private static string Therapies(ImplicationChange change) =>
        change.Therapies.Count == 0 ? "(no therapy)" : string.Join(" + ", change.Therapies);
}
