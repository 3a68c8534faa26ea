namespace OmicsReports.Web.Features.Knowledge;

/// <summary>The coverage table of knowledge/README.md ("Coverage of FDA oncology biomarker indications"), read at start.</summary>
public sealed record CoverageTable(string Counts, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    private const string Heading = "## Coverage of FDA oncology biomarker indications";

    public static CoverageTable Empty { get; } = new(string.Empty, [], []);

    /// <summary>Reads the section's Markdown table; the README is the one source, so the page never copies it.</summary>
    public static CoverageTable Read(string readme)
    {
        if (!File.Exists(readme))
        {
            return Empty;
        }

        var lines = File.ReadLines(readme).SkipWhile(l => !l.StartsWith(Heading, StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var counts = lines.FirstOrDefault(l => l.StartsWith("**Counts:**", StringComparison.Ordinal))?.Replace("**", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        var table = lines.Where(l => l.StartsWith('|')).Select(Cells).Where(c => !c.All(x => x.Trim('-', ':').Length == 0)).ToList();
        return table.Count == 0 ? Empty : new CoverageTable(counts, table[0], table.Skip(1).ToList());
    }

    private static IReadOnlyList<string> Cells(string line) =>
        line.Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("`", string.Empty, StringComparison.Ordinal)).ToList();
}
