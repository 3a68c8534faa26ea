using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// Reads one finding of a case table. The vocabulary is described at the top of tests/cases/README.md, e.g.
/// "EGFR E746_A750del exon 19", "MET p.X1010_splice c.3028+1G>T", "ERBB2 amplification", "EML4::ALK", "TMB 12", "MSI high" (or any MSI wording the harmonizer knows), "PD-L1 TPS 60 22C3",
/// "HER2 IHC 2+ ISH amplified", "MLH1 lost", "DPYD AS 1", "TPMT Poor Metabolizer", "warning: text", "prior osimertinib",
/// "prior none" (treatment-naive); and since 2026.12 "CLDN18.2 IHC 80%", "FRa PS2+ 80%", "c-Met 3+ 60%", "ER 0%",
/// "HLA-A*02:01/*24:02", "HRD positive", "GIS 45".
/// </summary>
public static partial class FindingParser
{
    public static Finding Parse(string text, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (text.StartsWith("warning:", StringComparison.Ordinal))
        {
            return new WarningFinding(text["warning:".Length..].Trim()) { Source = at };
        }

        return words switch
        {
            ["prior", "none"] => new NoPriorTherapy { Source = at, Original = text },
            ["prior", .. var drug] => new PriorTherapy { Drug = string.Join(' ', drug), Source = at, Original = text },
            ["TMB", var value] => new TumorMutationalBurden { MutationsPerMegabase = Number(value), Source = at, Original = text },
            ["MSI", var status] => (BiomarkerVocabulary.Msi(status) ?? throw new FormatException($"MSI '{status}' is not understood.")).ToFinding(at, text),
            [var msi] when BiomarkerVocabulary.Msi(msi) is { } reading => reading.ToFinding(at, text),
            [var fusion, ..] when fusion.Contains("::", StringComparison.Ordinal) => Fusion(fusion, words, at, text),
            ["unannotated", var where] => new SmallVariant { Chromosome = where.Split(':')[0], Position = 1, Reference = "A", Alternate = "T", Source = at, Original = text },
            ["HER2", "IHC", ..] => (BiomarkerVocabulary.Her2(text["HER2 IHC ".Length..]) ?? throw new FormatException($"'{text}' is not understood.")).ToFinding(at, text),
            ["PD-L1", var system, var value, ..] => new ProteinMarker
            {
                Marker = "PD-L1", ScoringSystem = system, Value = Number(value), AntibodyClone = words.Length > 3 ? words[3] : null, Source = at, Original = text,
            },
            [var marker, ..] when IhcMarkers.Find(marker) is not null => Ihc(marker, text, at),
            ["HRD", ..] or ["GIS", _] => Hrd(words, at, text),
            [var hla] when hla.StartsWith("HLA-", StringComparison.Ordinal) => Hla(hla, at, text),
            [var marker, var category] when CaseBuilder.IsMmrMarker(marker) && category is "lost" or "retained" => new ProteinMarker
            {
                Marker = marker, ScoringSystem = "IHC", Category = category, Source = at, Original = text,
            },
            [var gene, ..] when CaseBuilder.IsPgxGene(gene) => Pharmacogenomic(gene, words, at, text),
            [var gene, "amplification"] => Cna(gene, CopyNumberCall.Amplification, at, text),
            [var gene, "deep-deletion"] => Cna(gene, CopyNumberCall.DeepDeletion, at, text),
            [var gene, "shallow-deletion"] => Cna(gene, CopyNumberCall.ShallowDeletion, at, text),
            [var gene, "expression", "z", var z] => new ExpressionValue { Gene = gene, ZScore = Number(z), Source = at, Original = text },
            [var gene, var protein, ..] => Variant(gene, protein, words[2..], at, text),
            _ => throw new FormatException($"Finding '{text}' is not understood."),
        };
    }

    private static SmallVariant Variant(string gene, string protein, string[] rest, SourceLocation at, string text)
    {
        if (protein.Contains("c.", StringComparison.Ordinal))
        {
            // Only a c. notation, as in files without HGVSp.
            (protein, rest) = ("-", [protein, .. rest]);
        }

        var (change, note) = protein == "-" || ProteinNotation.StatesNoChange(protein) ? (null, null) : Harmonized.Protein(protein);
        var (symbol, geneNote) = Harmonized.Gene(gene);
        var variant = new SmallVariant
        {
            Gene = symbol,
            Protein = change,
            Consequence = change is null ? VariantConsequence.Other : Consequence(change),
            Vaf = 0.3,
            Depth = 500,
            Source = at,
            Original = text,
            Notes = new[] { geneNote, note }.OfType<HarmonizationNote>().ToArray(),
        };
        for (var i = 0; i < rest.Length; i++)
        {
            variant = rest[i] switch
            {
                // "c.3028+1G>T" or "NM_001127500.3:c.3082+1G>T": the c. notation, and the transcript it names.
                var c when c.Contains("c.", StringComparison.Ordinal) => WithCoding(variant, c),
                "transcript" => variant with { Transcript = rest[++i] },
                var p when p.StartsWith("p.", StringComparison.Ordinal) && variant.Protein is null => WithProtein(variant, p),
                "exon" => variant with { Exon = (int)Number(rest[++i]) },
                "intron" => variant with { Intron = (int)Number(rest[++i]) },
                "germline" => variant with { Origin = VariantOrigin.Germline },
                "filtered" => variant with { Filter = "low_quality" },
                "vaf" => variant with { Vaf = Number(rest[++i]) },
                "splice-site" => variant with { Consequence = VariantConsequence.SpliceSite },
                "splice-region" => variant with { Consequence = VariantConsequence.SpliceRegion },
                "intronic" => variant with { Consequence = VariantConsequence.Intronic },
                "missense" => variant with { Consequence = VariantConsequence.Missense },
                "inframe-deletion" => variant with { Consequence = VariantConsequence.InframeDeletion },
                "inframe-insertion" => variant with { Consequence = VariantConsequence.InframeInsertion },
                _ => throw new FormatException($"'{rest[i]}' in '{text}' is not understood."),
            };
        }

        return variant;
    }

    /// <summary>A p. change written after the c. notation ("c.3082+1G>T p.X1028_splice").</summary>
    private static SmallVariant WithProtein(SmallVariant variant, string text)
    {
        var (change, note) = Harmonized.Protein(text);
        return variant with { Protein = change, Consequence = Consequence(change), Notes = [.. variant.Notes, .. new[] { note }.OfType<HarmonizationNote>()] };
    }

    private static SmallVariant WithCoding(SmallVariant variant, string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            ? variant with { Transcript = text[..colon], HgvsC = text[(colon + 1)..] }
            : variant with { HgvsC = text };
    }

    // What a VEP/MAF annotation would give for this protein change.
    private static VariantConsequence Consequence(ProteinChange change) => change.Kind switch
    {
        ProteinChangeKind.Substitution => VariantConsequence.Missense,
        ProteinChangeKind.Nonsense => VariantConsequence.Nonsense,
        ProteinChangeKind.Silent => VariantConsequence.Silent,
        ProteinChangeKind.Frameshift => VariantConsequence.Frameshift,
        ProteinChangeKind.Deletion => VariantConsequence.InframeDeletion,
        ProteinChangeKind.Insertion or ProteinChangeKind.Duplication => VariantConsequence.InframeInsertion,
        ProteinChangeKind.DeletionInsertion when (change.Alternate?.Length ?? 0) < change.End - change.Start + 1 => VariantConsequence.InframeDeletion,
        ProteinChangeKind.DeletionInsertion => VariantConsequence.InframeInsertion,
        ProteinChangeKind.Splice => VariantConsequence.SpliceSite,
        _ => VariantConsequence.Other,
    };

    private static StructuralVariant Fusion(string pair, string[] words, SourceLocation at, string text)
    {
        var genes = pair.Split("::").Select(Harmonized.Gene).ToArray();
        var fusion = new StructuralVariant
        {
            GeneA = genes[0].Gene, GeneB = genes[1].Gene, Source = at, Original = text,
            Notes = genes.Select(g => g.Note).OfType<HarmonizationNote>().ToArray(),
        };
        if (words is [_, "exons", var exons])
        {
            var ends = exons.Split('-');
            fusion = fusion with { ExonA = (int)Number(ends[0]), ExonB = (int)Number(ends[1]) };
        }

        return fusion;
    }

    private static PharmacogenomicResult Pharmacogenomic(string gene, string[] words, SourceLocation at, string text)
    {
        var asIndex = Array.IndexOf(words, "AS");
        var phenotypeWords = words[1..(asIndex < 0 ? words.Length : asIndex)];
        return new PharmacogenomicResult
        {
            Gene = gene,
            Diplotype = "*?/*?",
            Phenotype = phenotypeWords.Length > 0 ? string.Join(' ', phenotypeWords) : null,
            ActivityScore = asIndex >= 0 ? Number(words[asIndex + 1]) : null,
            Source = at,
            Original = text,
        };
    }

    private static CopyNumberAlteration Cna(string gene, CopyNumberCall call, SourceLocation at, string text)
    {
        var (symbol, note) = Harmonized.Gene(gene);
        return new() { Gene = symbol, Call = call, Source = at, Original = text, Notes = note is null ? [] : [note] };
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
