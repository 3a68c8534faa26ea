using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>One VEP CSQ entry (one transcript or feature) read through the header's layout.</summary>
internal sealed class VepEntry(string[] values, VepLayout layout)
{
    public string? this[string field] => layout.Index(field) is var i and >= 0 && i < values.Length && values[i].Length > 0 ? values[i] : null;

    public string Raw => string.Join('|', values);
}

/// <summary>The CSQ sub-field positions from "##INFO=&lt;ID=CSQ,...Format: Allele|Consequence|...&gt;".</summary>
internal sealed class VepLayout(IReadOnlyList<string> fields)
{
    private readonly Dictionary<string, int> index = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.OrdinalIgnoreCase);

    public int Count => fields.Count;

    public int Index(string field) => index.GetValueOrDefault(field, -1);
}

/// <summary>The entry chosen for one ALT allele, why it was chosen, and among how many.</summary>
internal sealed record VepChoice(VepEntry Entry, string Reason, int Candidates);

/// <summary>
/// Parses a record's CSQ value (comma-separated entries, '|'-separated sub-fields) and picks one entry per ALT
/// allele: the canonical transcript (CANONICAL=YES), else the MANE Select one, else the first with a protein
/// change, else the first listed. The reason is kept so the report can say which transcript it shows and why.
/// </summary>
internal sealed class VepAnnotations(VepLayout layout)
{
    /// <summary>The entries of a CSQ value; null (with an invalid row reported) when an entry does not fit the layout.</summary>
    public IReadOnlyList<VepEntry>? Parse(string csq, VcfRecord record, InputFile file, ImportSession session)
    {
        var entries = new List<VepEntry>();
        foreach (var text in csq.Split(','))
        {
            var values = text.Split('|');
            if (values.Length != layout.Count)
            {
                session.InvalidRow("csq-layout", file, record.Line, 8,
                    $"A CSQ entry has {values.Length} sub-fields but the ##INFO=<ID=CSQ> header defines {layout.Count}.");
                return null;
            }

            entries.Add(new VepEntry(values, layout));
        }

        return entries;
    }

    public static VepChoice? Choose(IReadOnlyList<VepEntry> entries, string reference, IReadOnlyList<string> alternates, string alternate)
    {
        var allele = VepAllele(reference, alternates, alternate);
        var candidates = entries.Where(e => e["Allele"] is { } a && (a == allele || a == alternate)).ToList();
        if (candidates.Count == 0 && alternates.Count == 1)
        {
            candidates = [.. entries];
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.FirstOrDefault(e => string.Equals(e["CANONICAL"], "YES", StringComparison.OrdinalIgnoreCase)) is { } canonical)
        {
            return new VepChoice(canonical, "canonical transcript (CANONICAL=YES)", candidates.Count);
        }

        if (candidates.FirstOrDefault(e => e["MANE_SELECT"] is not null || e["MANE"] is not null) is { } mane)
        {
            return new VepChoice(mane, "MANE Select transcript", candidates.Count);
        }

        return candidates.FirstOrDefault(e => e["HGVSp"] is not null) is { } coding
            ? new VepChoice(coding, "first transcript with a protein change (none is marked canonical or MANE)", candidates.Count)
            : new VepChoice(candidates[0], "first transcript listed (none is canonical, MANE or protein-changing)", candidates.Count);
    }

    /// <summary>
    /// The allele as VEP writes it in CSQ: when the alleles differ in length and share their first base, VEP drops
    /// that base ("-" when nothing is left), so a deletion CG>C is annotated as allele "-".
    /// </summary>
    public static string VepAllele(string reference, IReadOnlyList<string> alternates, string alternate)
    {
        var lengthsDiffer = alternates.Any(a => a.Length != reference.Length);
        var sharedFirst = reference.Length > 0 && alternates.All(a => a.Length > 0 && a[0] == reference[0]);
        if (!lengthsDiffer || !sharedFirst)
        {
            return alternate;
        }

        var trimmed = alternate[1..];
        return trimmed.Length == 0 ? "-" : trimmed;
    }
}
