using System.Globalization;
using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Small variants as IG variant Observations (69548-6): gene, c. and p.HGVS, alleles and position, allele fraction
/// and read depth, genomic source class, exon; the consequence as a molecular-consequence Observation. Calls that
/// failed the caller's filters are not results and are not written.
/// </summary>
internal static class FhirVariantMapper
{
    public static void Map(FhirDocument document)
    {
        var index = 0;
        foreach (var variant in document.Request.Case.Variants.Where(v => v.Passed))
        {
            var key = $"Variant/{index++}";
            var reference = document.AddResult(Variant(document, variant), key);
            document.Index(variant, nameof(Layer.SmallVariants), FindingLabels.LabelOf(variant), reference);
            if (FhirSequenceOntology.Consequence(variant.Consequence) is { } term)
            {
                document.AddResult(Consequence(document, variant, term, reference), key + "/consequence");
            }
        }
    }

    private static Observation Variant(FhirDocument document, SmallVariant v)
    {
        var o = document.NewObservation(FhirTerms.VariantProfile, LoincCode(FhirTerms.VariantCode, "Genetic variant assessment"));
        o.Value = Concept(FhirTerms.Loinc, FhirTerms.Present, "Present");
        o.Method = Concept(FhirTerms.Loinc, FhirTerms.Sequencing, "Sequencing");
        var c = o.Component;
        if (v.Gene is { } gene)
        {
            c.Add(Loinc(FhirTerms.GeneStudied, document.Gene(gene)));
        }

        if (v.HgvsC is { } hgvsc)
        {
            var coding = v.Transcript is { } transcript ? $"{transcript}:{hgvsc}" : hgvsc;
            c.Add(Loinc(FhirTerms.CodingHgvs, Concept(FhirTerms.Hgvs, coding, coding)));
        }
        else if (v.Transcript is { } transcript)
        {
            c.Add(Loinc(FhirTerms.TranscriptRefSeq, Text(transcript)));
        }

        if (v.Protein is { } protein)
        {
            c.Add(Loinc(FhirTerms.ProteinHgvs, Concept(FhirTerms.Hgvs, protein.Hgvs, protein.Hgvs)));
        }

        if (v.Chromosome is { } chromosome && FhirTerms.Chromosomes.TryGetValue(chromosome, out var chromosomeCode))
        {
            c.Add(Loinc(FhirTerms.ChromosomeIdentifier, Concept(FhirTerms.Loinc, chromosomeCode, "Chromosome " + chromosome.ToUpperInvariant())));
        }

        if (v.Position is { } position)
        {
            c.Add(Loinc(FhirTerms.CoordinateSystem, Concept(FhirTerms.Loinc, FhirTerms.OneBasedCounting, "1-based character counting")));
            c.Add(Loinc(FhirTerms.ExactStartEnd, new Hl7.Fhir.Model.Range { Low = new Quantity { Value = position } }));
        }

        if (v.Reference is { } reference)
        {
            c.Add(Loinc(FhirTerms.RefAllele, new FhirString(reference)));
        }

        if (v.Alternate is { } alternate)
        {
            c.Add(Loinc(FhirTerms.AltAllele, new FhirString(alternate)));
        }

        if (Region(v) is { } region)
        {
            c.Add(Loinc(FhirTerms.DnaRegion, new FhirString(region)));
        }

        if (v.Origin != VariantOrigin.Unknown)
        {
            c.Add(Loinc(FhirTerms.GenomicSource, v.Origin == VariantOrigin.Somatic
                ? Concept(FhirTerms.Loinc, FhirTerms.Somatic, "Somatic")
                : Concept(FhirTerms.Loinc, FhirTerms.Germline, "Germline")));
        }

        if (v.Vaf is { } vaf)
        {
            c.Add(Loinc(FhirTerms.AlleleFrequency, Count(Decimal(vaf))));
        }

        if (v.Depth is { } depth)
        {
            // The IG's own examples put the depth at the position here ("5.34% of 131 reads"), and the importer reads
            // it so; the alternate read count follows from depth and allele fraction and is not written.
            c.Add(Loinc(FhirTerms.AllelicReadDepth, Count(depth)));
        }

        return o;
    }

    /// <summary>"exon 21/28" or "intron 5": the DNA region as annotated, for exon-defined biomarkers.</summary>
    internal static string? Region(SmallVariant v) => v switch
    {
        { Exon: { } exon, ExonCount: { } count } => string.Create(CultureInfo.InvariantCulture, $"exon {exon}/{count}"),
        { Exon: { } exon } => string.Create(CultureInfo.InvariantCulture, $"exon {exon}"),
        { Intron: { } intron } => string.Create(CultureInfo.InvariantCulture, $"intron {intron}"),
        _ => null,
    };

    private static Observation Consequence(FhirDocument document, SmallVariant v, SoTerm term, ResourceReference variant)
    {
        var o = document.NewObservation(FhirTerms.MolecularConsequenceProfile, Concept(FhirTerms.TbdCodes, "molecular-consequence", "Molecular Consequence"));
        o.DerivedFrom.Add(variant);
        if (v.HgvsC is { } hgvsc)
        {
            var coding = v.Transcript is { } transcript ? $"{transcript}:{hgvsc}" : hgvsc;
            o.Component.Add(Loinc(FhirTerms.CodingHgvs, Concept(FhirTerms.Hgvs, coding, coding)));
        }

        o.Component.Add(Tbd("feature-consequence", So(term)));
        return o;
    }
}
