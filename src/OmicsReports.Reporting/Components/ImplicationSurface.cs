namespace OmicsReports.Reporting.Components;

/// <summary>The card colours of an implication's kind on screen, from the tokens the PDF's report.css uses as well.</summary>
internal static class ImplicationSurface
{
    public static string Style(string kind, bool grouped)
    {
        var (edge, fill) = kind switch
        {
            "resistance" => ("var(--omics-resistance)", "var(--omics-resistance-bg)"),
            "pgx" => ("var(--omics-pgx)", "var(--omics-pgx-bg)"),
            "info" => ("var(--omics-tier-iii)", "var(--omics-surface)"),
            _ => ("var(--omics-tier-ia)", "var(--omics-sensitive-bg)"),
        };
        return $"border-left: 5px solid {edge}; background-color: {(grouped ? "var(--omics-surface)" : fill)};";
    }
}
