using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Components;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// What was profiled: one IG genomic-study (with the tumour type as its reason) and one genomic-study-analysis per
/// gene-level layer, listing the genes studied (the regions studied). The report's pertinent negatives in variant
/// layers become variant Observations with the value Absent that point at their analysis. TMB and MSI need no
/// analysis: their Observations say that they were assessed.
/// </summary>
internal static class FhirStudyMapper
{
    public static ResourceReference Map(FhirDocument document)
    {
        var omicsCase = document.Request.Case;
        var study = new Procedure
        {
            Meta = new Meta { Profile = [FhirTerms.StudyProfile] },
            Status = EventStatus.Completed,
            Category = Concept(FhirTerms.ObservationCategory, "laboratory"),
            Subject = document.Patient,
        };
        if (omicsCase.TumorType is { } tumorType)
        {
            study.ReasonCode.Add(new CodeableConcept(FhirTerms.OncoTree, tumorType.Code, tumorType.Name, tumorType.Name));
        }

        var analyses = new Dictionary<Layer, ResourceReference>();
        foreach (var coverage in omicsCase.Profiling.Layers.Where(l => FhirAnalysisKinds.Describes(l.Layer)))
        {
            var reference = document.Add(Analysis(document, coverage), $"Analysis/{coverage.Layer}");
            analyses.TryAdd(coverage.Layer, reference);
            study.Extension.Add(new Extension(FhirTerms.StudyAnalysis, reference));
        }

        var studyReference = document.Add(study, "Study");
        Negatives(document, analyses);
        return studyReference;
    }

    private static Procedure Analysis(FhirDocument document, LayerCoverage coverage)
    {
        var analysis = new Procedure
        {
            Meta = new Meta { Profile = [FhirTerms.AnalysisProfile] },
            Status = EventStatus.Completed,
            Category = Concept(FhirTerms.ObservationCategory, "laboratory"),
            Subject = document.Patient,
        };
        if (coverage.PanelId is { } panel)
        {
            analysis.Identifier.Add(new Identifier { Value = panel });
        }

        var title = ReportText.Layer(coverage.Layer) + (coverage.PanelId is { } p ? $" ({p})" : string.Empty);
        analysis.Extension.Add(new Extension(FhirTerms.AnalysisTitle, new FhirString(title)));
        FhirAnalysisKinds.Describe(coverage.Layer, analysis);
        analysis.Extension.Add(new Extension(FhirTerms.AnalysisSpecimen, document.Specimen));

        var regions = new Extension { Url = FhirTerms.AnalysisRegions };
        if (coverage.Genes is { } genes)
        {
            foreach (var gene in genes.Order(StringComparer.Ordinal))
            {
                regions.Extension.Add(new Extension("studied", document.Gene(gene)));
            }
        }
        else
        {
            regions.Extension.Add(new Extension("description", new FhirString(FhirAnalysisKinds.WholeAssay)));
        }

        analysis.Extension.Add(regions);
        if (coverage.Layer == Layer.SmallVariants && document.Request.Case.Specimen.MeanCoverage is { } depth)
        {
            var metrics = new Extension { Url = FhirTerms.AnalysisMetrics };
            metrics.Extension.Add(new Extension("read-depth", new Quantity { Value = Decimal(depth) }));
            analysis.Extension.Add(metrics);
        }

        return analysis;
    }

    private static void Negatives(FhirDocument document, Dictionary<Layer, ResourceReference> analyses)
    {
        var index = 0;
        foreach (var negative in document.Request.Report.PertinentNegatives)
        {
            if (!Enum.TryParse<Layer>(negative.Layer, out var layer)
                || layer is not (Layer.SmallVariants or Layer.CopyNumber or Layer.StructuralVariants))
            {
                continue;
            }

            var o = document.NewObservation(FhirTerms.VariantProfile, LoincCode(FhirTerms.VariantCode, "Genetic variant assessment"));
            o.Value = Concept(FhirTerms.Loinc, FhirTerms.Absent, "Absent");
            o.Component.Add(Loinc(FhirTerms.GeneStudied, document.Gene(negative.Gene)));
            if (FhirAnalysisKinds.NegativeChangeType(layer) is { } changeType)
            {
                o.Component.Add(Loinc(FhirTerms.ChangeType, So(changeType)));
            }

            if (analyses.TryGetValue(layer, out var analysis))
            {
                o.PartOf.Add(analysis);
            }

            o.Note.Add(new Annotation { Text = $"Not detected ({ReportText.Layer(layer).ToLowerInvariant()})" + (negative.Detail is { } d ? $": {d}" : ".") });
            document.IndexNegative(negative.Gene, document.AddResult(o, $"Negative/{index++}"));
        }
    }
}
