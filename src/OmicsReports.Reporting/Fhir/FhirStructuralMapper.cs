using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Gene-level copy-number calls and structural variants as IG variant Observations, the way the IG's own CNV and
/// fusion examples write them: gene(s) studied, DNA change type, copy number, and the variant in words.
/// </summary>
internal static class FhirStructuralMapper
{
    public static void Map(FhirDocument document)
    {
        var index = 0;
        foreach (var cna in document.Request.Case.CopyNumbers.Where(c => c.Call != CopyNumberCall.Neutral))
        {
            var reference = document.AddResult(CopyNumber(document, cna), $"CopyNumber/{index++}");
            document.Index(cna, nameof(Layer.CopyNumber), FindingLabels.LabelOf(cna), reference);
        }

        index = 0;
        foreach (var sv in document.Request.Case.StructuralVariants)
        {
            var reference = document.AddResult(Structural(document, sv), $"Structural/{index++}");
            document.Index(sv, nameof(Layer.StructuralVariants), FindingLabels.LabelOf(sv), reference);
        }
    }

    private static Observation CopyNumber(FhirDocument document, CopyNumberAlteration cna)
    {
        var o = document.NewObservation(FhirTerms.VariantProfile, LoincCode(FhirTerms.VariantCode, "Genetic variant assessment"));
        o.Value = Concept(FhirTerms.Loinc, FhirTerms.Present, "Present");
        o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(cna.Gene)));
        var gain = cna.Call is CopyNumberCall.Gain or CopyNumberCall.Amplification;
        o.Component.Add(Loinc(FhirTerms.ChangeType, So(gain ? FhirSequenceOntology.CopyNumberGain : FhirSequenceOntology.CopyNumberLoss)));
        if (cna.CopyNumber is { } copies)
        {
            o.Component.Add(Loinc(FhirTerms.CopyNumber, Count(Decimal(copies))));
        }

        // The five-level call (amplification vs gain, deep vs shallow deletion) has no code of its own: the label says it.
        o.Component.Add(Loinc(FhirTerms.DiscreteVariant, Text(FindingLabels.LabelOf(cna))));
        return o;
    }

    private static Observation Structural(FhirDocument document, StructuralVariant sv)
    {
        var o = document.NewObservation(FhirTerms.VariantProfile, LoincCode(FhirTerms.VariantCode, "Genetic variant assessment"));
        o.Value = Concept(FhirTerms.Loinc, FhirTerms.Present, "Present");
        o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(sv.GeneA)));
        if (sv.GeneB is { } partner)
        {
            // The partner is written even when it is the same gene (an intragenic rearrangement): order carries meaning.
            o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(partner)));
        }

        o.Component.Add(Loinc(FhirTerms.ChangeType, So(FhirSequenceOntology.StructuralKind(sv.Kind))));
        o.Component.Add(Loinc(FhirTerms.DiscreteVariant, Text(FindingLabels.LabelOf(sv))));
        if (sv.ExonA is { } exonA)
        {
            o.Component.Add(Loinc(FhirTerms.DnaRegion, new FhirString(string.Create(CultureInfo.InvariantCulture, $"{sv.GeneA} exon {exonA}"))));
        }

        if (sv.ExonB is { } exonB)
        {
            // Regions are written in partner order; an unnamed partner (intergenic, or not given) is "partner".
            o.Component.Add(Loinc(FhirTerms.DnaRegion, new FhirString(string.Create(CultureInfo.InvariantCulture, $"{sv.GeneB ?? "partner"} exon {exonB}"))));
        }

        if (Details(sv) is { Length: > 0 } details)
        {
            o.Note.Add(new Annotation { Text = details });
        }

        return o;
    }

    /// <summary>Frame, partner order, read support and breakpoints, for the reader; no IG component holds them.</summary>
    private static string Details(StructuralVariant sv)
    {
        var parts = new List<string>();
        if (sv.Frame != FusionFrame.Unknown)
        {
            parts.Add(sv.Frame == FusionFrame.InFrame ? "in frame" : "out of frame");
        }

        parts.Add(sv.OrderIsFivePrimeToThreePrime ? "partners in 5'-3' order" : "partner order as the file gave it");
        if (sv.SupportingReads is { } reads)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{reads} supporting reads"));
        }

        if (sv.BreakpointA is not null || sv.BreakpointB is not null)
        {
            parts.Add($"breakpoints {sv.BreakpointA ?? "?"} and {sv.BreakpointB ?? "?"}");
        }

        return new StringBuilder().AppendJoin("; ", parts).ToString();
    }
}
