using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Reporting.Components;
using OmicsReports.Web.Features.Shared;

namespace OmicsReports.Web.Features.Report;

/// <summary>
/// The report of one case version, summary first. Every open is audited once: during the server prerender, or,
/// when the page was reached by in-app navigation, when the circuit first shows it. The prerender passes the fact
/// on to the circuit through persisted component state, so one visit is one audit entry.
/// </summary>
public sealed partial class ReportPage : IDisposable
{
    private const string AuditedKey = "omics-report-view-audited";

    private ReportVersionView? view;
    private ReportVersionHeader? header;
    private IReadOnlyDictionary<int, string> hiddenReasons = new Dictionary<int, string>();
    private bool notFound;
    private string? loadError;
    private bool canReview;
    private LifecycleResult? actionResult;
    private readonly CommentDraft commentDraft = new();
    private Guid? auditedVersion;
    private PersistingComponentStateSubscription persisting;

    [Parameter]
    public Guid CaseId { get; set; }

    [Parameter]
    public int Version { get; set; }

    /// <summary>The outcome of signing through the identity provider, when the browser comes back from it.</summary>
    [SupplyParameterFromQuery(Name = Account.SingleSignOn.ProviderSigning.QueryName)]
    public string? Signing { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    /// <summary>Present during the server render only; lets an unknown version answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private ReportReader Reader { get; set; } = default!;

    [Inject]
    private AuditTrail Audit { get; set; } = default!;

    [Inject]
    private ClientContext Client { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private PersistentComponentState State { get; set; } = default!;

    private string ExportPath => $"/api/cases/{CaseId}/reports/{Version}/report.json";

    protected override async Task OnInitializedAsync()
    {
        persisting = State.RegisterOnPersisting(() =>
        {
            State.PersistAsJson(AuditedKey, auditedVersion);
            return Task.CompletedTask;
        });
        var user = (await Authentication).User;
        canReview = (await Authorization.AuthorizeAsync(user, Policies.SignReports)).Succeeded;
    }

    protected override async Task OnParametersSetAsync()
    {
        await ReloadAsync();
        if (view is not null && auditedVersion != view.VersionId)
        {
            actionResult = null; // an outcome belongs to the version it was reported on
            var recordedByPrerender = State.TryTakeFromJson<Guid?>(AuditedKey, out var prerendered) && prerendered == view.VersionId;
            if (!recordedByPrerender)
            {
                var actor = await Client.ActorAsync();
                await Audit.RecordAsync(AuditActions.View, actor.User, AuditTargets.ReportVersion, view.VersionId.ToString(), actor.RemoteAddress,
                    $"version {view.Version} viewed");
            }

            auditedVersion = view.VersionId;
        }

        if (Account.SingleSignOn.ProviderSigning.Message(Signing) is { } signing)
        {
            var outcome = Signing == Account.SingleSignOn.ProviderSigning.Completed ? LifecycleOutcome.Done : LifecycleOutcome.Invalid;
            actionResult = new LifecycleResult(outcome, signing);
        }
    }

    /// <summary>Reads the version again, e.g. after the pathologist changed it.</summary>
    private async Task ReloadAsync()
    {
        (notFound, loadError) = (false, null);
        try
        {
            view = await Reader.LoadAsync(CaseId, Version);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // The snapshot exists but cannot be read with this build's model: say so rather than show a partial report.
            view = null;
            loadError = "The stored report of this version could not be read by this version of OmicsReports. Nothing was changed; " +
                        "ask your administrator to check the installation.";
            return;
        }

        if (view is null)
        {
            notFound = true;
            NotFoundStatus.Mark(HttpContext);
            return;
        }

        hiddenReasons = view.Hidden.ToDictionary(h => h.Index, h => h.Reason);
        commentDraft.Track(view);
        header = new ReportVersionHeader
        {
            Version = view.Version,
            State = view.Status.ToState(),
            CreatedAt = view.Summary.CreatedAt,
            SignedBy = view.Summary.SignedByName,
            SignedAt = view.Summary.SignedAt,
            Attestation = view.AttestationStatement,
            AmendsVersion = view.Summary.AmendsVersion,
            AmendmentReason = view.Summary.AmendmentReason,
            InterpretiveComment = view.InterpretiveComment,
            SupersededBy = view.SupersededBy?.Version,
        };
    }

    private async Task ActionCompletedAsync(LifecycleResult result)
    {
        actionResult = result;
        await ReloadAsync();
    }

    private bool CanEdit => canReview && view is not null && view.Status.IsEditable();

    public void Dispose() => persisting.Dispose();
}
