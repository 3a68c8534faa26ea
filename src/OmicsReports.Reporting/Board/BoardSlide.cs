using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Board;

/// <summary>
/// One case as the meeting shows it. The caller fills it with the de-identified copies when the meeting asks for that
/// (<see cref="BoardDeidentifier"/>): the slide renders whatever it is given and hides nothing.
/// </summary>
public sealed record BoardSlide
{
    /// <summary>"Case 3 · M.L." or "Case 3 · Lindqvist, Maja".</summary>
    public required string Title { get; init; }

    /// <summary>MRN, date of birth and sample for identified meetings; null in de-identified ones.</summary>
    public string? Identifiers { get; init; }

    /// <summary>e.g. "Report version 2 (signed)"; the board discusses exactly this version.</summary>
    public required string VersionText { get; init; }

    /// <summary>Whether the discussed version is signed; an unsigned one carries a warning.</summary>
    public required bool IsSigned { get; init; }

    public string Question { get; init; } = string.Empty;

    /// <summary>1-based place in the running order, and the number of cases.</summary>
    public required int Position { get; init; }

    public required int Count { get; init; }

    public required OmicsCase Case { get; init; }

    public required OmicsReport Report { get; init; }

    /// <summary>Implications the pathologist hid, by position, with the reason.</summary>
    public IReadOnlyDictionary<int, string>? HiddenReasons { get; init; }
}
