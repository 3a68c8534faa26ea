using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Demo;

/// <summary>How far a demo case has come through sign-out.</summary>
internal enum DemoSignOut
{
    Draft,
    InReview,
    Signed,

    /// <summary>Version 1 signed, version 2 an amendment of it, signed as well.</summary>
    Amended,
}

/// <summary>One demo patient's case, the report for it, and where it stands in sign-out.</summary>
internal sealed record DemoCase(OmicsCase Case, OmicsReport Report, DemoSignOut SignOut)
{
    public string Comment { get; init; } = string.Empty;

    public string? AmendmentReason { get; init; }

    public string? AmendedComment { get; init; }
}

/// <summary>Every demo case, chosen so that together they show every kind of finding the report page can show.</summary>
internal static class DemoCatalog
{
    public static IReadOnlyList<DemoCase> All { get; } =
    [
        DemoMelanoma.Create(),
        DemoColorectal.Create(),
        DemoLung.Create(),
        DemoBreast.Create(),
        DemoThyroid.Create(),
        DemoEndometrial.Create(),
        DemoUnknownPrimary.Create(),
    ];
}
