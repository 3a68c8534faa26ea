using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// Genotype Observations (84413-4, e.g. PharmVar "CYP2C9 *2/*5") as pharmacogenomic results, and
/// therapeutic-implication Observations as <see cref="ReportedImplication"/>s: the report's own statements, kept
/// as written and never mixed with OmicsReports' rule output.
/// </summary>
internal static class FhirStatements
{
    public static bool AddGenotype(FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session)
    {
        // The IG's PGx bundle codes '"CYP2C9' (a stray quote, gene only) and keeps the call in the display.
        var coding = o.ValueCodeableConcept?.Coding?.FirstOrDefault();
        var call = coding?.Code is { } code && code.Contains('*', StringComparison.Ordinal) && !code.Contains('"', StringComparison.Ordinal)
            ? code
            : coding?.Display ?? o.ValueCodeableConcept?.Text ?? o.ValueString;
        var genes = o.Components(FhirCodes.GeneStudied).Select(c => c.ValueCodeableConcept?.Words).OfType<string>().ToList();
        var prefix = call?.Split(' ', 2)[0];
        var gene = genes.FirstOrDefault(g => g == prefix) ?? genes.FirstOrDefault() ?? (call?.Contains(' ', StringComparison.Ordinal) == true ? prefix : null);
        if (call is null || gene is null)
        {
            builder.Warn(ImportProblem.Warning("unreadable-genotype", node.File.Name, node.Position.Line, node.Position.Column,
                "A genotype Observation names no gene or no call; it was not imported."));
            return false;
        }

        var diplotype = call.StartsWith(gene + " ", StringComparison.Ordinal) ? call[(gene.Length + 1)..].Trim() : call;
        var name = session.Harmonizer.Gene(gene);
        if (name.Symbol.StartsWith("HLA-", StringComparison.Ordinal))
        {
            return FhirImmunogenomics.AddHla(node, name.Symbol, diplotype, builder, session);
        }

        builder.AddPharmacogenomics(new PharmacogenomicResult
        {
            Source = node.Location,
            Original = o.Describe(),
            Notes = name.Note is null ? [] : [name.Note],
            Gene = name.Symbol,
            Diplotype = diplotype,
        });
        return true;
    }

    public static bool AddImplication(FhirNode node, FhirObservation o, CaseBuilder builder, FhirGraph graph, ImportSession session)
    {
        var trials = o.Components(FhirCodes.AssociatedTherapy)
            .SelectMany(c => c.ValueCodeableConcept?.Coding ?? []).Where(c => c.System?.Contains("clinicaltrials.gov", StringComparison.Ordinal) == true)
            .Select(c => c.Code).OfType<string>().ToList();
        var therapies = o.Components(FhirCodes.Medication).Select(c => c.Words())
            .Concat(o.Components(FhirCodes.AssociatedTherapy).Where(c => c.ValueCodeableConcept?.Coding is null or []).Select(c => c.Words()))
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var findings = (o.DerivedFrom ?? []).Select(r => graph.Resolve(r)?.As<FhirObservation>(session)).OfType<FhirObservation>()
            .Select(Label).ToList();
        builder.AddReportedImplication(new ReportedImplication
        {
            Source = node.Location,
            Original = o.Describe(),
            Therapies = therapies,
            Trials = trials,
            Effect = o.Component(FhirCodes.TherapeuticImplication)?.ValueCodeableConcept?.Words,
            EvidenceLevel = o.Component(FhirCodes.EvidenceLevel).Words(),
            Disease = o.Component(FhirCodes.AssociatedPhenotype)?.ValueCodeableConcept is { } disease ? disease.Text ?? disease.Words : null,
            Conclusion = o.Component(FhirCodes.ConclusionString)?.ValueString,
            Findings = findings,
        });
        return true;
    }

    private static string Label(FhirObservation o) => o.KindOf() switch
    {
        FhirKind.Tmb => "TMB",
        FhirKind.Msi => "MSI",
        FhirKind.PdL1 => "PD-L1",
        FhirKind.Hrd => "HRD",
        FhirKind.Genotype => o.ValueCodeableConcept?.Words ?? "genotype",
        _ => FhirVariants.Label(o),
    };
}
