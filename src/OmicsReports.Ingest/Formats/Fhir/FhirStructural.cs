using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// Variant Observations that describe a gene-level copy-number change or a structural variant rather than a
/// sequence change (no HGVS): a copy-number gain or loss (SO change type or a copy-number component) and a fusion,
/// translocation, inversion, duplication or deletion between genes. The genes studied keep their order; exons come
/// from DNA region components ("ALK exon 20", 47999-8). A "fusion" with one gene (the IG's ROS1 example) is a fusion
/// with an unknown partner.
/// </summary>
internal static partial class FhirStructural
{
    private static readonly Dictionary<string, StructuralVariantKind> Kinds = new(StringComparer.Ordinal)
    {
        [FhirCodes.GeneFusion] = StructuralVariantKind.Fusion,
        ["SO:0000199"] = StructuralVariantKind.Translocation,
        ["SO:1000036"] = StructuralVariantKind.Inversion,
        ["SO:1000035"] = StructuralVariantKind.Duplication,
        ["SO:0000159"] = StructuralVariantKind.Deletion,
    };

    public static bool TryAdd(
        FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session, List<HarmonizationNote> notes, string symbol,
        Func<string, string> gene, bool allelesGiven)
    {
        var changeType = o.Component(FhirCodes.ChangeType)?.ValueCodeableConcept?.Coding?.Select(c => c.Code).FirstOrDefault(c => c is not null);
        var described = o.Component(FhirCodes.DiscreteVariant).Words();
        var copyNumber = o.Component(FhirCodes.CopyNumber)?.ValueQuantity?.Value;
        if (!allelesGiven && (changeType is FhirCodes.CopyNumberGain or FhirCodes.CopyNumberLoss or FhirCodes.CopyNumberVariation || copyNumber is not null))
        {
            return AddCopyNumber(node, o, builder, session, notes, symbol, changeType, described, copyNumber);
        }

        var isFusion = $"{described} {o.Component(FhirCodes.ChangeType).Words()}".Contains("fusion", StringComparison.OrdinalIgnoreCase);
        var kind = changeType is not null && Kinds.TryGetValue(changeType, out var k) ? k : isFusion ? StructuralVariantKind.Fusion : (StructuralVariantKind?)null;
        // A deletion or duplication described in c. or p. notation is a small variant written without its HGVS component.
        if (kind is null || (!isFusion && kind is StructuralVariantKind.Deletion or StructuralVariantKind.Duplication && (allelesGiven || SequenceNotation().IsMatch(described ?? string.Empty))))
        {
            return false;
        }

        var genes = o.Components(FhirCodes.GeneStudied).Select(c => c.ValueCodeableConcept?.Words).OfType<string>().Skip(1).Select(gene).ToList();
        var partner = genes.FirstOrDefault();
        var exons = Exons(o, symbol, partner);
        builder.AddStructuralVariant(new StructuralVariant
        {
            Source = node.Location,
            Original = o.Describe(),
            Notes = notes,
            Kind = kind.Value,
            GeneA = symbol,
            GeneB = partner,
            ExonA = exons.A,
            ExonB = exons.B,
        });
        return true;
    }

    /// <summary>The number (and count) of an "exon 21/28" or "intron 5" DNA region component.</summary>
    public static (int? Number, int? Count) Region(FhirObservation o, string kind)
    {
        foreach (var words in o.Components(FhirCodes.DnaRegion).Select(c => c.ValueString).OfType<string>())
        {
            var match = RegionWords().Match(words);
            if (match.Success && match.Groups["kind"].Value.Equals(kind, StringComparison.OrdinalIgnoreCase) && match.Groups["gene"].Value.Length == 0)
            {
                return (Number(match.Groups["number"].Value), match.Groups["count"].Success ? Number(match.Groups["count"].Value) : null);
            }
        }

        return (null, null);
    }

    private static bool AddCopyNumber(
        FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session, List<HarmonizationNote> notes, string symbol,
        string? changeType, string? described, decimal? copyNumber)
    {
        // The words say the level (amplification or gain, deep or shallow deletion); the SO change type only the direction.
        var words = described is null ? null : (described.StartsWith(symbol + " ", StringComparison.Ordinal) ? described[(symbol.Length + 1)..] : described).Trim();
        CopyNumberCall? call = words?.ToUpperInvariant() switch
        {
            "AMPLIFICATION" => CopyNumberCall.Amplification,
            "GAIN" => CopyNumberCall.Gain,
            "SHALLOW DELETION" => CopyNumberCall.ShallowDeletion,
            "DEEP DELETION" => CopyNumberCall.DeepDeletion,
            _ => session.Harmonizer.CopyNumber(words),
        };
        if (call is null)
        {
            builder.Warn(ImportProblem.Warning("unreadable-copy-number", node.File.Name, node.Position.Line, node.Position.Column,
                $"The copy-number change of {symbol} ({changeType ?? "no change type"}) does not say its level (amplification, gain, deletion); it was not imported."));
            return true;
        }

        builder.AddCopyNumber(new CopyNumberAlteration
        {
            Source = node.Location,
            Original = o.Describe(),
            Notes = notes,
            Gene = symbol,
            Call = call.Value,
            CopyNumber = copyNumber is { } copies ? (double)copies : null,
        });
        return true;
    }

    /// <summary>
    /// The exons of both partners from "GENE exon N" regions, in partner order: the first region of gene A, then the
    /// next region of gene B (the same gene for an intragenic event; "partner" when the partner is not named).
    /// </summary>
    private static (int? A, int? B) Exons(FhirObservation o, string geneA, string? geneB)
    {
        var regions = o.Components(FhirCodes.DnaRegion).Select(c => RegionWords().Match(c.ValueString ?? string.Empty))
            .Where(m => m.Success && m.Groups["kind"].Value.Equals("exon", StringComparison.OrdinalIgnoreCase))
            .Select(m => (Gene: m.Groups["gene"].Value, Exon: Number(m.Groups["number"].Value))).ToList();
        var a = regions.FindIndex(r => r.Gene == geneA);
        var b = regions.FindIndex(a + 1, r => r.Gene == (geneB ?? "partner"));
        if (b < 0 && geneB is not null && geneB != geneA)
        {
            b = regions.FindIndex(r => r.Gene == geneB);
        }

        return (a >= 0 ? regions[a].Exon : null, b >= 0 ? regions[b].Exon : null);
    }

    private static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // "exon 19", "exon 19/28", "intron 5", "ALK exon 20" (a fusion partner's exon).
    [GeneratedRegex(@"^\s*(?:(?<gene>[A-Za-z0-9\-\.]+)\s+)?(?<kind>exon|intron)\s+(?<number>\d+)(?:\s*/\s*(?<count>\d+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWords();

    [GeneratedRegex(@"\b[cpg]\.[0-9A-Z*_]", RegexOptions.IgnoreCase)]
    private static partial Regex SequenceNotation();
}
