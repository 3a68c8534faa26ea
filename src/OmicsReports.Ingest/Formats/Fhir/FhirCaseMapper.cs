using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// Turns the resources of a FHIR graph into cases: Observations are grouped by the patient they name (their
/// subject, else their DiagnosticReport's subject, else the only Patient), because the IG's own example set mixes
/// two patients in one report. Each patient with findings becomes a case named after its specimen.
/// </summary>
internal sealed class FhirCaseMapper(ImportSession session, FhirGraph graph)
{
    public void Map()
    {
        var observations = graph.OfType("Observation").Select(n => (Node: n, Obs: n.As<FhirObservation>(session))).Where(o => o.Obs is not null).Select(o => (o.Node, Obs: o.Obs!)).ToList();
        var viaReport = ReportSubjects();
        var consequences = observations.Where(o => o.Obs.KindOf() == FhirKind.MolecularConsequence)
            .SelectMany(o => (o.Obs.DerivedFrom ?? []).Select(r => (Variant: graph.Resolve(r), Term: o.Obs.Component(FhirCodes.FeatureConsequence)?.ValueCodeableConcept?.Coding?.FirstOrDefault()?.Display)))
            .Where(c => c.Variant is not null && c.Term is not null).GroupBy(c => c.Variant!).ToDictionary(g => g.Key, g => g.First().Term);
        var patients = graph.OfType("Patient").ToList();
        var skipped = new List<string>();
        var groups = new Dictionary<string, (FhirNode? Patient, List<(FhirNode Node, FhirObservation Obs)> Items)>(StringComparer.Ordinal);
        var emptySpecimens = new Dictionary<FhirNode, (FhirNode Report, FhirNode? Specimen)>();
        foreach (var (node, obs) in observations)
        {
            var kind = obs.KindOf();
            if (kind is FhirKind.Other or FhirKind.MolecularConsequence)
            {
                skipped.Add(kind == FhirKind.Other ? obs.KindName() : "molecular-consequence (used for the consequence of its variant)");
                continue;
            }

            var patient = graph.Resolve(obs.Subject) is { ResourceType: "Patient" } subject ? subject
                : viaReport.GetValueOrDefault(node).Patient ?? (patients.Count == 1 ? patients[0] : null);
            var key = patient is null ? string.Empty : $"{patient.File.Name}#{patient.Position.Line}";
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = (patient, []);
            }

            group.Items.Add((node, obs));
        }

        // A report with no results is a case with nothing found: it still has its patient, specimen and study.
        foreach (var (report, subject, specimen) in EmptyReports(groups.Values.Select(g => g.Patient)))
        {
            groups[$"{subject.File.Name}#{subject.Position.Line}"] = (subject, []);
            emptySpecimens[subject] = (report, specimen);
        }

        if (groups.Count > 1)
        {
            session.Warn(ImportProblem.Warning("several-patients", graph.Nodes[0].File.Name, 0, null,
                $"The FHIR resources name {groups.Count} patients; each patient's findings become a case of its own."));
        }

        foreach (var (patient, items) in groups.Values)
        {
            var empty = patient is not null && emptySpecimens.TryGetValue(patient, out var e) ? e : default;
            MapPatient(patient, items, consequences, viaReport, empty.Report, empty.Specimen);
        }

        if (skipped.Count > 0)
        {
            var kinds = skipped.GroupBy(s => s, StringComparer.Ordinal).Select(g => $"{g.Key} ({g.Count()})");
            session.Warn(ImportProblem.Warning("fhir-not-imported", graph.Nodes[0].File.Name, 0, null,
                $"{skipped.Count} Observations are of kinds OmicsReports does not import: {string.Join(", ", kinds)}."));
        }
    }

    private void MapPatient(
        FhirNode? patient,
        List<(FhirNode Node, FhirObservation Obs)> items,
        Dictionary<FhirNode, string?> consequences,
        Dictionary<FhirNode, (FhirNode? Patient, FhirNode? Specimen)> viaReport,
        FhirNode? emptyReport = null,
        FhirNode? emptyReportSpecimen = null)
    {
        // The specimen the results name, else their report's, else the patient's only one; never a guess among several.
        var own = graph.OfType("Specimen").Where(s => patient is null || graph.Resolve(s.As<FhirSpecimen>(session)?.Subject) == patient).ToList();
        var specimen = items.Select(i => graph.Resolve(i.Obs.Specimen)).FirstOrDefault(s => s is { ResourceType: "Specimen" })
            ?? items.Select(i => viaReport.GetValueOrDefault(i.Node).Specimen).FirstOrDefault(s => s is not null)
            ?? emptyReportSpecimen
            ?? (own.Count == 1 ? own[0] : null);
        var first = items.Count > 0 ? items[0].Node : emptyReport!;
        var sampleId = FhirPeople.SampleId(specimen, patient, session);
        var builder = sampleId is null ? session.Unnamed(first.File) : session.SampleOrRequested(sampleId, first.File, first.Position.Line, first.Position.Column);
        if (builder is null)
        {
            return;
        }

        FhirPeople.Apply(patient, specimen, builder, session);
        FhirStudies.Apply(graph, patient, builder, session);
        FhirMedications.Apply(graph, patient, graph.OfType("Patient").Count() <= 1, builder, session);
        var unknownGenes = new UnknownGeneTally(first.File, "gene symbols");
        var variants = new FhirVariants(session, unknownGenes);
        foreach (var (node, obs) in items)
        {
            builder.AddSource(node.File.ToSource("fhir"));
            _ = obs.KindOf() switch
            {
                FhirKind.Variant => variants.Add(node, obs, builder, consequences.GetValueOrDefault(node)),
                FhirKind.Tmb => FhirBiomarkers.AddTmb(node, obs, builder, session),
                FhirKind.Msi => FhirBiomarkers.AddMsi(node, obs, builder, session),
                FhirKind.PdL1 => FhirBiomarkers.AddPdL1(node, obs, builder, session),
                FhirKind.Genotype => FhirStatements.AddGenotype(node, obs, builder, session),
                FhirKind.Protein => FhirMeasurements.AddProtein(node, obs, builder),
                FhirKind.Expression => FhirMeasurements.AddExpression(node, obs, builder, session),
                FhirKind.Purity => FhirMeasurements.AddPurity(node, obs, builder),
                FhirKind.Hrd => FhirImmunogenomics.AddHrd(node, obs, builder, session),
                FhirKind.Ihc => FhirImmunogenomics.AddIhc(node, obs, FhirImmunogenomics.IhcMarkerOf(obs)!, builder, session),
                _ => FhirStatements.AddImplication(node, obs, builder, graph, session),
            };
        }

        unknownGenes.Report(builder);
    }

    /// <summary>DiagnosticReports with no results whose patient has no findings elsewhere in the graph.</summary>
    private IEnumerable<(FhirNode Report, FhirNode Patient, FhirNode? Specimen)> EmptyReports(IEnumerable<FhirNode?> withFindings)
    {
        var seen = withFindings.OfType<FhirNode>().ToHashSet();
        foreach (var node in graph.OfType("DiagnosticReport"))
        {
            var report = node.As<FhirDiagnosticReport>(session);
            if (report?.Result is null or [] && graph.Resolve(report?.Subject) is { ResourceType: "Patient" } patient && seen.Add(patient))
            {
                yield return (node, patient, (report?.Specimen ?? []).Select(graph.Resolve).FirstOrDefault(s => s is { ResourceType: "Specimen" }));
            }
        }
    }

    /// <summary>Observation → the patient and first specimen of the DiagnosticReport that lists it as a result.</summary>
    private Dictionary<FhirNode, (FhirNode? Patient, FhirNode? Specimen)> ReportSubjects()
    {
        var result = new Dictionary<FhirNode, (FhirNode? Patient, FhirNode? Specimen)>();
        foreach (var node in graph.OfType("DiagnosticReport"))
        {
            var report = node.As<FhirDiagnosticReport>(session);
            var subject = graph.Resolve(report?.Subject) is { ResourceType: "Patient" } patient ? patient : null;
            var specimen = (report?.Specimen ?? []).Select(graph.Resolve).FirstOrDefault(s => s is { ResourceType: "Specimen" });
            foreach (var observation in (report?.Result ?? []).Select(graph.Resolve).OfType<FhirNode>())
            {
                result.TryAdd(observation, (subject, specimen));
            }
        }

        return result;
    }
}
