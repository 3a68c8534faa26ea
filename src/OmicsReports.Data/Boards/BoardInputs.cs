using System.Globalization;

namespace OmicsReports.Data.Boards;

/// <summary>What an organiser enters for a meeting.</summary>
public sealed record MeetingInput(
    string BoardName,
    DateTimeOffset ScheduledAt,
    int DurationMinutes,
    string Location,
    string PresenterUserId,
    bool DeIdentified,
    IReadOnlyList<string> AttendeeUserIds)
{
    public const int MinDuration = 15;
    public const int MaxDuration = 480;

    /// <summary>Every problem with the input, in words; empty when it can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var name = (BoardName ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            problems.Add("Give the board's name, e.g. \"Thoracic tumour board\".");
        }
        else if (name.Length > BoardLimits.BoardName)
        {
            problems.Add($"The board's name has {name.Length} characters; the limit is {BoardLimits.BoardName}.");
        }

        if (DurationMinutes is < MinDuration or > MaxDuration)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The duration must be {MinDuration} to {MaxDuration} minutes."));
        }

        if ((Location ?? string.Empty).Trim().Length > BoardLimits.Location)
        {
            problems.Add($"The location is longer than {BoardLimits.Location} characters.");
        }

        if (string.IsNullOrWhiteSpace(PresenterUserId))
        {
            problems.Add("Choose who presents.");
        }

        return problems;
    }
}

/// <summary>What the board decides for one case; <see cref="ImplicationIndex"/> picks a therapy from the report.</summary>
public sealed record DecisionInput(
    int? ImplicationIndex,
    string FreeTextRecommendation,
    bool ClinicalTrialReferral,
    string TrialDetails,
    bool GeneticCounsellingReferral,
    bool Rebiopsy,
    string AdditionalTesting,
    string Rationale)
{
    public static DecisionInput Empty { get; } = new(null, "", false, "", false, false, "", "");

    /// <summary>The input with surrounding white space removed, as it is stored.</summary>
    public DecisionInput Trimmed() => this with
    {
        FreeTextRecommendation = (FreeTextRecommendation ?? string.Empty).Trim(),
        TrialDetails = (TrialDetails ?? string.Empty).Trim(),
        AdditionalTesting = (AdditionalTesting ?? string.Empty).Trim(),
        Rationale = (Rationale ?? string.Empty).Trim(),
    };

    /// <summary>Every problem with the (trimmed) input; a final decision needs its rationale.</summary>
    public IReadOnlyList<string> Problems(bool final)
    {
        var problems = new List<string>();
        if (ImplicationIndex is null && FreeTextRecommendation.Length == 0 && !ClinicalTrialReferral && !GeneticCounsellingReferral &&
            !Rebiopsy && AdditionalTesting.Length == 0)
        {
            problems.Add("Record at least one of: a therapy, a recommendation in words, a referral, a re-biopsy or additional testing.");
        }

        if (final && Rationale.Length == 0)
        {
            problems.Add("Give the rationale before making the decision final.");
        }

        Limit(problems, "recommendation", FreeTextRecommendation, BoardLimits.Text);
        Limit(problems, "trial details", TrialDetails, BoardLimits.ShortText);
        Limit(problems, "additional testing", AdditionalTesting, BoardLimits.ShortText);
        Limit(problems, "rationale", Rationale, BoardLimits.Text);
        return problems;
    }

    private static void Limit(List<string> problems, string field, string value, int max)
    {
        if (value.Length > max)
        {
            problems.Add($"The {field} has {value.Length} characters; the limit is {max}.");
        }
    }
}
