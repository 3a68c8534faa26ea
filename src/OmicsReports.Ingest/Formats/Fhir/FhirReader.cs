using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// FHIR R4 Genomics Reporting JSON: a transaction or collection Bundle, or a single resource. References are
/// resolved inside the file (urn:uuid fullUrls, relative "Type/id", absolute URLs). No FHIR SDK: the few elements
/// needed are System.Text.Json records (<see cref="FhirObservation"/>...).
/// </summary>
public sealed class FhirReader : IFormatReader
{
    public string Format => "fhir";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (!sniff.LooksLikeJsonObject || !sniff.Head.Contains("\"resourceType\"", StringComparison.Ordinal))
        {
            return Detection.No;
        }

        return sniff.Head.Contains("\"Bundle\"", StringComparison.Ordinal) ? Detection.Signature : Detection.Header;
    }

    public async Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        var graph = new FhirGraph();
        if (graph.AddDocument(file, await FhirFiles.ReadAsync(file, cancellationToken), session) && graph.Nodes.Count > 0)
        {
            new FhirCaseMapper(session, graph).Map();
        }
    }
}

/// <summary>A folder of single FHIR resource files that refer to each other ("Observation/EGFR-L858R-var").</summary>
public sealed class FhirFolderReader : IFolderReader
{
    public string Format => "fhir";

    /// <summary>Claims a folder whose files are all JSON FHIR resources other than Bundles.</summary>
    public bool Claims(string folder)
    {
        var files = Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        return files.Count > 0 && files.All(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && InputPaths.Escape(folder, f) is null && FhirFiles.IsSingleResource(f));
    }

    public async Task ReadAsync(string folder, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var graph = new FhirGraph();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (session.Open(path, Path.Combine(folder, Path.GetFileName(path)), folder) is { } file)
            {
                session.BeginFile(file, Format);
                graph.AddDocument(file, await FhirFiles.ReadAsync(file, cancellationToken), session);
            }
        }

        if (!session.HasErrors && graph.Nodes.Count > 0)
        {
            new FhirCaseMapper(session, graph).Map();
        }
    }
}
