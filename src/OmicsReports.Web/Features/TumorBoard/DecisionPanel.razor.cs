using System.Globalization;
using Microsoft.AspNetCore.Components;
using OmicsReports.Data.Boards;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Board;
using OmicsReports.Web.Features.Shared;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>
/// Records the decision on one agenda item. The parent owns the meeting; this raises <see cref="Saved"/> after a save
/// and <see cref="DirtyChanged"/> while there are unsaved edits (so that a presenter's move does not erase them).
/// </summary>
public sealed partial class DecisionPanel
{
    private DecisionModel model = new();
    private Guid? loadedItem;
    private Guid? loadedRevision;
    private bool dirty;
    private BoardResult? result;
    private IReadOnlyList<BoardDecisionOption> options = [];

    [Parameter, EditorRequired]
    public required Guid MeetingId { get; set; }

    [Parameter, EditorRequired]
    public required AgendaItemView Item { get; set; }

    /// <summary>The report as the meeting shows it; the therapy choices are its implications, by position.</summary>
    [Parameter, EditorRequired]
    public required OmicsReport Report { get; set; }

    [Parameter]
    public bool CanDecide { get; set; }

    [Parameter]
    public EventCallback Saved { get; set; }

    [Parameter]
    public EventCallback<bool> DirtyChanged { get; set; }

    [Inject]
    private BoardDecisions Decisions { get; set; } = default!;

    [Inject]
    private ClientContext Client { get; set; } = default!;

    [Inject]
    private BoardClock Clock { get; set; } = default!;

    /// <summary>Implications the pathologist hid, by position, with the reason: they are not offered.</summary>
    [Parameter]
    public IReadOnlyDictionary<int, string>? HiddenReasons { get; set; }

    /// <summary>The option the form has chosen, for its conflict or hidden warning.</summary>
    private BoardDecisionOption? Chosen => options.FirstOrDefault(o => Key(o.Index) == model.Therapy);

    protected override void OnParametersSet()
    {
        var otherCase = loadedItem != Item.Id;
        if (otherCase || (!dirty && loadedRevision != Item.Decision?.Revision))
        {
            model = DecisionModel.From(Item.Decision);
            (loadedItem, loadedRevision) = (Item.Id, Item.Decision?.Revision);
            if (otherCase)
            {
                result = null;
                dirty = false;
            }
        }

        // Therapies only, as the report's "Therapies" section lists them (BoardDecisionOptions).
        options = BoardDecisionOptions.Of(Report, HiddenReasons, Item.Decision?.ImplicationIndex);
    }

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static string Warning(BoardDecisionOption option) => option.HiddenReason is { } reason
        ? $"Hidden on the report by the pathologist: {reason}"
        : $"Conflict on the report: {string.Join(" ", option.Conflicts)}";

    /// <summary>Applies a change of one field and marks the form as edited.</summary>
    private Task Set(Action change)
    {
        change();
        return MarkDirty();
    }

    private async Task MarkDirty()
    {
        if (!dirty)
        {
            dirty = true;
            await DirtyChanged.InvokeAsync(true);
        }
    }

    private async Task SaveAsync(bool final)
    {
        result = await Decisions.SaveAsync(await Client.ActorAsync(), MeetingId, Item.Id, model.ToInput(), loadedRevision, final);
        if (!result.Succeeded)
        {
            return;
        }

        (dirty, loadedRevision) = (false, result.Revision);
        await DirtyChanged.InvokeAsync(false);
        await Saved.InvokeAsync();
    }

    /// <summary>The form's state.</summary>
    private sealed class DecisionModel
    {
        public string Therapy { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public bool Trial { get; set; }

        public string TrialDetails { get; set; } = string.Empty;

        public bool Genetics { get; set; }

        public bool Rebiopsy { get; set; }

        public string Testing { get; set; } = string.Empty;

        public string Rationale { get; set; } = string.Empty;

        public static DecisionModel From(DecisionView? d) => d is null ? new() : new()
        {
            Therapy = d.ImplicationIndex?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Text = d.FreeTextRecommendation,
            Trial = d.ClinicalTrialReferral,
            TrialDetails = d.TrialDetails,
            Genetics = d.GeneticCounsellingReferral,
            Rebiopsy = d.Rebiopsy,
            Testing = d.AdditionalTesting,
            Rationale = d.Rationale,
        };

        public DecisionInput ToInput() => new(
            int.TryParse(Therapy, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null,
            Text, Trial, TrialDetails, Genetics, Rebiopsy, Testing, Rationale);
    }
}
