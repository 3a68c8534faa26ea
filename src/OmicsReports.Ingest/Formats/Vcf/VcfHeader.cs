namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>
/// What a VCF's "##" meta lines say that the reader needs: the VEP CSQ sub-field layout, the tumour and normal
/// sample names some callers write (Mutect2's ##tumor_sample=), and the caller, for messages.
/// </summary>
internal sealed class VcfHeader
{
    private const string CsqFormatMarker = "Format: ";

    /// <summary>The CSQ sub-field names in order, or null when the file has no VEP annotation.</summary>
    public IReadOnlyList<string>? CsqFields { get; private set; }

    /// <summary>The line of the CSQ definition, for problems with its layout.</summary>
    public int CsqLine { get; private set; }

    public string? TumorSample { get; private set; }

    public string? NormalSample { get; private set; }

    /// <summary>Reads one "##" line; unknown lines are ignored.</summary>
    public void Meta(string line, int lineNumber)
    {
        if (line.StartsWith("##INFO=<ID=CSQ,", StringComparison.Ordinal))
        {
            var at = line.IndexOf(CsqFormatMarker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var layout = line[(at + CsqFormatMarker.Length)..];
                var end = layout.IndexOf('"', StringComparison.Ordinal);
                CsqFields = (end >= 0 ? layout[..end] : layout.TrimEnd('>')).Split('|').Select(f => f.Trim()).ToArray();
                CsqLine = lineNumber;
            }
        }
        else if (line.StartsWith("##tumor_sample=", StringComparison.Ordinal))
        {
            TumorSample = line["##tumor_sample=".Length..].Trim();
        }
        else if (line.StartsWith("##normal_sample=", StringComparison.Ordinal))
        {
            NormalSample = line["##normal_sample=".Length..].Trim();
        }
    }
}
