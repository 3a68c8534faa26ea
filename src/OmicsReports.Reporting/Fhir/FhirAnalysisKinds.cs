using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// How a genomic-study-analysis says which layer it assessed, in the IG's own vocabularies: the method type
/// (genomic-study-method-type-cs) and the change types (Sequence Ontology, genomic-study-change-type-cs). The
/// importer reads the layer back from the same codes.
/// </summary>
internal static class FhirAnalysisKinds
{
    /// <summary>Region description of a layer that assessed every gene of its assay (whole exome or genome).</summary>
    public const string WholeAssay = "every gene of the assay (whole exome or genome)";

    public static bool Describes(Layer layer) => layer is not (Layer.Tmb or Layer.Msi);

    public static void Describe(Layer layer, Procedure analysis)
    {
        switch (layer)
        {
            case Layer.SmallVariants:
                ChangeType(analysis, So(FhirSequenceOntology.Snv));
                ChangeType(analysis, So(FhirSequenceOntology.Mnv));
                ChangeType(analysis, So(FhirSequenceOntology.Delins));
                break;
            case Layer.CopyNumber:
                Method(analysis, "deletion-duplication-analysis", "Deletion/duplication analysis");
                ChangeType(analysis, Concept(FhirTerms.StudyChangeTypes, "CNV", "Copy number variations"));
                break;
            case Layer.StructuralVariants:
                ChangeType(analysis, So(FhirSequenceOntology.GeneFusion));
                break;
            case Layer.Expression:
                Method(analysis, "gene-expression-profiling", "Gene expression profiling");
                break;
            case Layer.Protein:
                Method(analysis, "immunohistochemistry", "Immunohistochemistry");
                break;
            case Layer.Pharmacogenomics:
                Method(analysis, "targeted-variant-analysis", "Targeted variant analysis");
                analysis.Extension.Add(new Extension(FhirTerms.AnalysisSourceClass, Concept(FhirTerms.Loinc, FhirTerms.Germline, "Germline")));
                break;
        }
    }

    /// <summary>The change type a pertinent negative of the layer rules out, where a term names it.</summary>
    public static SoTerm? NegativeChangeType(Layer layer) => layer switch
    {
        Layer.CopyNumber => FhirSequenceOntology.CopyNumberVariation,
        Layer.StructuralVariants => FhirSequenceOntology.GeneFusion,
        _ => null,
    };

    private static void Method(Procedure analysis, string code, string display) =>
        analysis.Extension.Add(new Extension(FhirTerms.AnalysisMethodType, Concept(FhirTerms.StudyMethods, code, display)));

    private static void ChangeType(Procedure analysis, CodeableConcept type) =>
        analysis.Extension.Add(new Extension(FhirTerms.AnalysisChangeType, type));
}
