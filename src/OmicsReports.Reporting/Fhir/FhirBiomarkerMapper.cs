using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// TMB, MSI, protein markers (PD-L1, HER2, MMR proteins...) and mRNA expression as IG molecular-biomarker
/// Observations. The page-1 interpretation of a key biomarker (e.g. "High (≥ 10 mut/Mb ...)") is the report's own
/// and travels as a note. Values without a code of their own (scoring system, ISH, z-score) are text-coded
/// components: see <see cref="FhirLocalCodes"/>.
/// </summary>
internal static class FhirBiomarkerMapper
{
    public static void Map(FhirDocument document)
    {
        var omicsCase = document.Request.Case;
        if (omicsCase.Tmb is { } tmb)
        {
            var o = Biomarker(document, LoincCode(FhirTerms.Tmb, "Mutations/Megabase [# Ratio] in Tumor"), "molgen");
            o.Value = new Quantity { Value = Decimal(tmb.MutationsPerMegabase), Unit = "mut/Mb", System = FhirTerms.Ucum, Code = "1/1000000" };
            Interpretation(document, o, "TMB");
            document.Index(tmb, nameof(Layer.Tmb), FindingLabels.LabelOf(tmb), document.AddResult(o, "Tmb"));
        }

        if (omicsCase.Msi is { } msi)
        {
            var o = Biomarker(document, LoincCode(FhirTerms.Msi, "Microsatellite instability [Interpretation] in Cancer specimen Qualitative"), "molgen");
            o.Value = msi.Status switch
            {
                MsiStatus.High => Concept(FhirTerms.Loinc, FhirTerms.MsiHigh, "MSI-H"),
                MsiStatus.Stable => Concept(FhirTerms.Loinc, FhirTerms.MsiStable, "Stable"),
                MsiStatus.Low => Text("MSI-Low"),
                _ => Text("Indeterminate"),
            };
            o.Method = msi.Method is { } method ? Text(method) : null;
            if (msi.Score is { } score)
            {
                o.Component.Add(Component(Text(FhirLocalCodes.MsiScore), new Quantity { Value = Decimal(score) }));
            }

            document.Index(msi, nameof(Layer.Msi), FindingLabels.LabelOf(msi), document.AddResult(o, "Msi"));
        }

        var index = 0;
        foreach (var marker in omicsCase.Proteins)
        {
            var reference = document.AddResult(Protein(document, marker), $"Protein/{index++}");
            document.Index(marker, nameof(Layer.Protein), FindingLabels.LabelOf(marker), reference);
        }

        index = 0;
        foreach (var expression in omicsCase.Expression)
        {
            var reference = document.AddResult(Expression(document, expression), $"Expression/{index++}");
            document.Index(expression, nameof(Layer.Expression), FindingLabels.LabelOf(expression), reference);
        }
    }

    private static Observation Biomarker(FhirDocument document, CodeableConcept code, string category)
    {
        var o = document.NewObservation(FhirTerms.BiomarkerProfile, code, biomarker: true);
        o.Component.Add(Tbd("biomarker-category", Concept(FhirTerms.BiomarkerCategories, category)));
        return o;
    }

    private static Observation Protein(FhirDocument document, ProteinMarker p)
    {
        var code = p.Marker == "PD-L1" && p.AntibodyClone == "22C3"
            ? new CodeableConcept(FhirTerms.Loinc, FhirTerms.PdL1By22C3, "PD-L1 by clone 22C3 in Tissue by Immune stain Report", p.Marker)
            : Text(p.Marker);
        var o = Biomarker(document, code, p.ScoringSystem.Contains("RPPA", StringComparison.OrdinalIgnoreCase) ? "protein" : "immuneStain");
        if (document.Options.Genes?.Resolve(p.Marker).Symbol is { } gene)
        {
            o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(gene)));
        }

        o.Method = p.AntibodyClone is { } clone ? Text(clone) : null;
        if (p.Value is { } value)
        {
            o.Value = new Quantity { Value = Decimal(value), Comparator = Comparator(p.Comparator), Unit = p.ScoringSystem is "TPS" ? "%" : p.ScoringSystem };
        }
        else if (p.Category is { } only)
        {
            o.Value = new FhirString(only);
        }

        o.Component.Add(Component(Text(FhirLocalCodes.ScoringSystem), new FhirString(p.ScoringSystem)));
        if (p.Value is not null && p.Category is { } category)
        {
            o.Component.Add(Component(Text(FhirLocalCodes.Category), new FhirString(category)));
        }

        if (p.Ish != IshResult.NotDone)
        {
            o.Component.Add(Component(Text(FhirLocalCodes.Ish), new FhirString(FhirLocalCodes.IshText(p.Ish))));
        }

        Interpretation(document, o, p.Marker);
        return o;
    }

    private static Observation Expression(FhirDocument document, ExpressionValue e)
    {
        var o = Biomarker(document, Text($"{e.Gene} {FhirLocalCodes.Expression}"), "nucleicAcid");
        o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(e.Gene)));
        if (e.Value is { } value)
        {
            o.Value = new Quantity { Value = Decimal(value), Unit = e.Unit };
        }

        if (e.ZScore is { } z)
        {
            o.Component.Add(Component(Text(FhirLocalCodes.ZScore), new Quantity { Value = Decimal(z) }));
        }

        if (e.ZScoreReference is { } reference)
        {
            o.Component.Add(Component(Text(FhirLocalCodes.ZScoreReference), new FhirString(reference)));
        }

        return o;
    }

    private static void Interpretation(FhirDocument document, Observation o, string name)
    {
        if (document.Request.Report.KeyBiomarkers.FirstOrDefault(k => k.Name == name && k.Tested) is { Interpretation: { } words })
        {
            o.Note.Add(new Annotation { Text = words });
        }
    }

    private static Quantity.QuantityComparator? Comparator(ValueComparator comparator) => comparator switch
    {
        ValueComparator.LessThan => Quantity.QuantityComparator.LessThan,
        ValueComparator.LessThanOrEqual => Quantity.QuantityComparator.LessOrEqual,
        ValueComparator.GreaterThan => Quantity.QuantityComparator.GreaterThan,
        ValueComparator.GreaterThanOrEqual => Quantity.QuantityComparator.GreaterOrEqual,
        _ => null,
    };
}
