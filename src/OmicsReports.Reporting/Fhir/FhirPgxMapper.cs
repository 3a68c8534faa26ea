using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Pharmacogenomic genotypes as IG genotype Observations (84413-4), with the CPIC phenotype as the drug-metabolism
/// effect (53040-2) and the activity score. The dose and avoid statements are implications (see
/// <see cref="FhirImplicationMapper"/>), as the IG's PGx example has them.
/// </summary>
internal static class FhirPgxMapper
{
    public static void Map(FhirDocument document)
    {
        var index = 0;
        foreach (var result in document.Request.Case.Pharmacogenomics)
        {
            var o = document.NewObservation(FhirTerms.GenotypeProfile, LoincCode(FhirTerms.Genotype, "Genotype display name"));
            o.Value = Text($"{result.Gene} {result.Diplotype}");
            o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(result.Gene)));
            if (result.Phenotype is { } phenotype)
            {
                o.Component.Add(Loinc(FhirTerms.DrugMetabolismEffect, Phenotype(phenotype)));
            }

            if (result.ActivityScore is { } score)
            {
                o.Component.Add(Component(Text(FhirLocalCodes.ActivityScore), new Quantity { Value = Decimal(score) }));
            }

            if (!result.Called)
            {
                // Tested, but no genotype could be called: never to be read as normal.
                o.Component.Add(Component(Text(FhirLocalCodes.GenotypeCall), new FhirString(FhirLocalCodes.NoCall)));
            }

            document.Index(result, nameof(Layer.Pharmacogenomics), FindingLabels.LabelOf(result), document.AddResult(o, $"Genotype/{index++}"));
        }
    }

    /// <summary>
    /// A CPIC phenotype as the LOINC answer the IG's therapeutic-implication value set lists for it, else in words.
    /// </summary>
    public static CodeableConcept Phenotype(string phenotype) => phenotype.ToUpperInvariant() switch
    {
        "ULTRARAPID METABOLIZER" => Coded("LA10315-2", "Ultrarapid metabolizer", phenotype),
        "RAPID METABOLIZER" => Coded("LA25390-8", "Rapid metabolizer", phenotype),
        "NORMAL METABOLIZER" => Coded("LA25391-6", "Normal metabolizer", phenotype),
        "INTERMEDIATE METABOLIZER" => Coded("LA10317-8", "Intermediate metabolizer", phenotype),
        "POOR METABOLIZER" => Coded("LA9657-3", "Poor metabolizer", phenotype),
        "INCREASED FUNCTION" => Coded("LA25392-4", "Increased function", phenotype),
        "NORMAL FUNCTION" => Coded("LA25393-2", "Normal function", phenotype),
        "DECREASED FUNCTION" => Coded("LA25395-7", "Decreased function", phenotype),
        "POOR FUNCTION" => Coded("LA25394-0", "Poor function", phenotype),
        _ => Text(phenotype),
    };

    // The phenotype as the source wrote it stays the text, so that it reads back unchanged.
    private static CodeableConcept Coded(string code, string display, string phenotype) => new(FhirTerms.Loinc, code, display, phenotype);
}
