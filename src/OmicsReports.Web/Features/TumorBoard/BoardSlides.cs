using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>A case as the meeting may show it: identified, or de-identified when the meeting asks for that.</summary>
/// <param name="InterpretiveComment">The pathologist's comment, redacted like everything else in a de-identified meeting.</param>
internal sealed record BoardCaseContent(BoardSlide Slide, ReportVersionView View, string InterpretiveComment);

/// <summary>
/// Builds what the meeting's screens and documents show of one agenda item from the stored version. De-identification
/// happens here, before anything is rendered: the components receive only what they may show.
/// </summary>
internal static class BoardSlides
{
    public static BoardCaseContent Build(MeetingView meeting, AgendaItemView item, ReportVersionView view)
    {
        var omicsCase = view.Case;
        var report = view.Report;
        var hidden = view.Hidden.ToDictionary(h => h.Index, h => h.Reason);
        var question = item.Question;
        var comment = view.InterpretiveComment;
        if (meeting.DeIdentified)
        {
            var deidentifier = new BoardDeidentifier(view.Case.Patient, view.Case.Specimen.SampleId, item.CaseNumber);
            omicsCase = deidentifier.Apply(omicsCase);
            report = deidentifier.Apply(report);
            hidden = hidden.ToDictionary(h => h.Key, h => deidentifier.Redact(h.Value));
            question = deidentifier.Redact(question);
            comment = deidentifier.Redact(comment);
        }

        var slide = new BoardSlide
        {
            Title = item.Label,
            Identifiers = Identifiers(item.Identity),
            VersionText = VersionText(item),
            IsSigned = item.Status.IsSigned(),
            Question = question,
            Position = item.Position + 1,
            Count = meeting.Items.Count,
            Case = omicsCase,
            Report = report,
            HiddenReasons = hidden,
        };
        return new BoardCaseContent(slide, view, comment);
    }

    public static string? Identifiers(CaseIdentity identity) => identity.IsDeIdentified
        ? null
        : $"MRN {identity.Mrn ?? "not recorded"} · born {ReportText.Date(identity.BirthDate)} · sample {identity.SampleId}";

    public static string VersionText(AgendaItemView item) =>
        $"Report version {item.Version} ({ReportStatusText.Display(item.Status).ToLowerInvariant()})";
}
