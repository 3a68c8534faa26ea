using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// The IG's genomic study (a Procedure) and its analyses: the tumour type given as the study's reason (OncoTree), and
/// per analysis the layer it assessed (from its method and change types), the panel (its identifier), the genes
/// studied (regions studied; none listed means every gene of the assay) and the mean read depth (metrics). A layer
/// whose analysis cannot be recognised is left to the findings, as before.
/// </summary>
internal static class FhirStudies
{
    private const string Ig = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/";

    public static void Apply(FhirGraph graph, FhirNode? patient, CaseBuilder builder, ImportSession session)
    {
        var procedures = graph.OfType("Procedure")
            .Select(n => (Node: n, Procedure: n.As<FhirProcedure>(session)))
            .Where(p => p.Procedure is not null && (patient is null || graph.Resolve(p.Procedure.Subject) == patient))
            .ToList();
        foreach (var (node, procedure) in procedures)
        {
            if (Has(procedure!, FhirCodes.StudyProfile))
            {
                TumorType(node, procedure!, builder, session);
            }
            else if (Has(procedure!, FhirCodes.StudyAnalysisProfile) || Extensions(procedure!, "genomic-study-analysis-regions").Any())
            {
                Analysis(procedure!, builder, session);
            }
        }
    }

    private static void TumorType(FhirNode node, FhirProcedure study, CaseBuilder builder, ImportSession session)
    {
        var coding = (study.ReasonCode ?? []).SelectMany(c => c.Coding ?? []).FirstOrDefault(c => c.System == FhirCodes.OncoTree && c.Code is not null);
        if (coding is null || builder.TumorType is not null)
        {
            return;
        }

        var resolution = session.Harmonizer.TumorType(coding.Code!, coding.Display);
        if (resolution.Warning is not null)
        {
            builder.Warn(ImportProblem.Warning(resolution.Retired ? "retired-code" : "unknown-tumor-type", node.File.Name, node.Position.Line, node.Position.Column, resolution.Warning));
        }

        if (resolution.TumorType is not null)
        {
            builder.SetTumorType(resolution.TumorType, node.Location);
        }
    }

    private static void Analysis(FhirProcedure analysis, CaseBuilder builder, ImportSession session)
    {
        var regions = Extensions(analysis, "genomic-study-analysis-regions").FirstOrDefault();
        var studied = (regions?.Extension ?? []).Where(e => e.Url == "studied").ToList();
        // Regions given as a file (a BED DocumentReference) do not say which genes were covered: leave it to the findings.
        if (studied.Any(e => e.ValueCodeableConcept?.Words is null))
        {
            return;
        }

        var genes = studied.Select(e => session.Harmonizer.Gene(e.ValueCodeableConcept!.Words!).Symbol).ToHashSet(StringComparer.Ordinal);
        var panel = analysis.Identifier?.Select(i => i.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var layers = LayersOf(analysis);
        foreach (var layer in layers)
        {
            builder.Coverage.Declare(layer, panel, genes.Count > 0 ? genes : null);
        }

        var depth = Extensions(analysis, "genomic-study-analysis-metrics").SelectMany(m => m.Extension ?? [])
            .FirstOrDefault(e => e.Url == "read-depth")?.ValueQuantity?.Value;
        if (layers.Contains(Layer.SmallVariants) && depth is { } mean && builder.Specimen.MeanCoverage is null)
        {
            builder.Specimen = builder.Specimen with { MeanCoverage = (double)mean };
        }
    }

    /// <summary>The layers an analysis assessed, from the IG's method-type and change-type codes.</summary>
    private static List<Layer> LayersOf(FhirProcedure analysis)
    {
        var methods = Codes(analysis, "genomic-study-analysis-method-type");
        var changes = Codes(analysis, "genomic-study-analysis-change-type");
        var germline = Extensions(analysis, "genomic-study-analysis-genomic-source-class").Any(e => e.ValueCodeableConcept?.Has(FhirCodes.Germline) == true);
        var layers = new List<Layer>();
        if (methods.Overlaps(["immunohistochemistry", "protein-expression"]))
        {
            layers.Add(Layer.Protein);
        }

        if (methods.Contains("gene-expression-profiling"))
        {
            layers.Add(Layer.Expression);
        }

        if (changes.Contains(FhirCodes.GeneFusion))
        {
            layers.Add(Layer.StructuralVariants);
        }

        if (changes.Overlaps(["CNV", FhirCodes.CopyNumberVariation, FhirCodes.CopyNumberGain, FhirCodes.CopyNumberLoss]) || methods.Contains("deletion-duplication-analysis"))
        {
            layers.Add(Layer.CopyNumber);
        }

        if (germline && methods.Contains("targeted-variant-analysis"))
        {
            layers.Add(Layer.Pharmacogenomics);
        }
        else if (changes.Overlaps(["SO:0001483", "SO:0002007", "SO:1000032", "SO:0000667", "SO:0000159"]))
        {
            layers.Add(Layer.SmallVariants);
        }

        return layers;
    }

    private static HashSet<string> Codes(FhirProcedure procedure, string extension) =>
        Extensions(procedure, extension).SelectMany(e => e.ValueCodeableConcept?.Coding ?? []).Select(c => c.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<FhirExtension> Extensions(FhirProcedure procedure, string name) =>
        (procedure.Extension ?? []).Where(e => e.Url == Ig + name);

    private static bool Has(FhirProcedure procedure, string profile) =>
        procedure.Meta?.Profile?.Any(p => p.EndsWith("/" + profile, StringComparison.Ordinal)) == true;
}
