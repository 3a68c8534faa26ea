using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Interop;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// The report's implications as IG therapeutic-implication (therapeutic, pharmacogenomic) and diagnostic-implication
/// (prognostic, diagnostic) Observations: medication assessed, level of evidence with its citations, predicted effect,
/// the tumour type when the evidence is in it, the rationale, conflicts, and the findings they derive from. A dose or
/// avoid statement also becomes an IG medication-recommendation. Implications the pathologist hid are not sent.
/// </summary>
internal static class FhirImplicationMapper
{
    public static void Map(FhirDocument document)
    {
        var report = document.Request.Report;
        foreach (var (i, implication) in InteropSummary.Sent(document.Request))
        {
            var therapeutic = implication.Kind is ImplicationKind.Therapeutic or ImplicationKind.Pharmacogenomic;
            var o = therapeutic
                ? document.NewObservation(FhirTerms.TherapeuticImplicationProfile, Concept(FhirTerms.TbdCodes, "therapeutic-implication", "Therapeutic Implication"))
                : document.NewObservation(FhirTerms.DiagnosticImplicationProfile, Concept(FhirTerms.TbdCodes, "diagnostic-implication", "Diagnostic Implication"));
            o.DerivedFrom.AddRange(DerivedFrom(document, implication));
            if (therapeutic && Effect(document, implication) is { } effect)
            {
                o.Component.Add(Tbd("therapeutic-implication", effect));
            }

            o.Component.Add(Evidence(implication));
            if (implication.InThisTumorType && report.TumorType is { } tumorType)
            {
                o.Component.Add(Loinc(FhirTerms.AssociatedPhenotype, new CodeableConcept(FhirTerms.OncoTree, tumorType.Code, tumorType.Name, tumorType.Name)));
            }

            foreach (var drug in therapeutic ? implication.Therapies : [])
            {
                o.Component.Add(Loinc(FhirTerms.Medication, Text(drug)));
            }

            o.Component.Add(Tbd("conclusion-string", new FhirString(Conclusion(implication))));
            foreach (var conflict in implication.Conflicts)
            {
                o.Note.Add(new Annotation { Text = "Conflict: " + conflict });
            }

            o.Note.Add(new Annotation { Text = Provenance(implication) });
            var reference = document.AddResult(o, $"Implication/{i}");
            FhirRecommendations.Medication(document, implication, reference, i);
        }
    }

    private static IEnumerable<ResourceReference> DerivedFrom(FhirDocument document, Implication implication)
    {
        var found = implication.Matched.Select(m => document.Find(m.Layer, m.Source, m.Label)).OfType<ResourceReference>().ToList();
        if (found.Count == 0)
        {
            // A wild-type inference matched no finding: it derives from the genes' pertinent negatives.
            found = [.. implication.Genes.SelectMany(document.NegativesOf)];
        }

        return found.DistinctBy(r => r.Reference).Select(r => new ResourceReference(r.Reference));
    }

    /// <summary>The predicted effect: responsive or resistant, or for a genotype its metabolizer phenotype.</summary>
    private static CodeableConcept? Effect(FhirDocument document, Implication implication) => implication.Direction switch
    {
        Direction.Sensitive => Concept(FhirTerms.Loinc, FhirTerms.Responsive, "Responsive"),
        Direction.Resistant => Concept(FhirTerms.Loinc, FhirTerms.Resistant, "Resistant"),
        _ => implication.Genes.Select(g => document.Request.Case.Pharmacogenomics.FirstOrDefault(p => p.Gene == g)?.Phenotype)
            .OfType<string>().Select(FhirPgxMapper.Phenotype).FirstOrDefault(),
    };

    private static Observation.ComponentComponent Evidence(Implication implication)
    {
        var level = $"AMP/ASCO/CAP tier {implication.Tier}, level {implication.Level}" +
            (implication.EvidenceSource.Length > 0 ? $" ({implication.EvidenceSource})" : string.Empty);
        var component = Loinc(FhirTerms.EvidenceLevel, Text(level));
        foreach (var reference in implication.References)
        {
            var artifact = new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Citation, Citation = reference.Citation, Url = reference.Url };
            component.Extension.Add(new Extension(FhirTerms.RelatedArtifactComponent, artifact));
        }

        return component;
    }

    private static string Conclusion(Implication implication) =>
        implication.DoseAdjustment is { } dose ? $"{implication.Rationale} {dose}" : implication.Rationale;

    /// <summary>Which rules and knowledge base said it, so that "why?" has an answer in the EHR too.</summary>
    private static string Provenance(Implication implication)
    {
        var reviewed = implication.LastReviewed is { } on ? $", last reviewed {on:yyyy-MM-dd}" : string.Empty;
        return $"{implication.Biomarker}: rule {string.Join(", ", implication.RuleIds)}, knowledge base {implication.KnowledgeBaseVersion}{reviewed}.";
    }
}
