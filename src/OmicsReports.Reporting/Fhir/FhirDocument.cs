using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Interop;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// The bundle under construction: stable ids and urn:uuid fullUrls, the patient and specimen every result names,
/// the report's status on every Observation, and an index from the case's findings to the Observations written for
/// them, so that implications can point at what they derive from.
/// </summary>
internal sealed class FhirDocument
{
    private readonly FhirIds ids;
    private readonly Dictionary<string, ResourceReference> findings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResourceReference>> negatives = new(StringComparer.Ordinal);

    // References are handed out as fresh objects: one POCO instance must not sit at two places of the tree.
    private string patient = string.Empty;
    private string specimen = string.Empty;

    public FhirDocument(PrintRequest request, InteropExtras options)
    {
        Request = request;
        Options = options;
        ids = new FhirIds(request.Version.ReportId, request.Version.Version);
        Issued = request.Version.Signature?.SignedAt ?? request.GeneratedAt;
    }

    public PrintRequest Request { get; }

    public InteropExtras Options { get; }

    public Bundle Bundle { get; } = new() { Type = Bundle.BundleType.Collection };

    /// <summary>When the results were released: the signature time of a signed version, else the export time.</summary>
    public DateTimeOffset Issued { get; }

    public ResourceReference Patient
    {
        get => new(patient);
        set => patient = value.Reference ?? string.Empty;
    }

    public ResourceReference Specimen
    {
        get => new(specimen);
        set => specimen = value.Reference ?? string.Empty;
    }

    /// <summary>Every Observation of the report, in the order written: DiagnosticReport.result.</summary>
    public List<ResourceReference> Results { get; } = [];

    /// <summary>Follow-up and medication recommendations: the report's recommended-action extensions.</summary>
    public List<ResourceReference> Actions { get; } = [];

    /// <summary>preliminary until signed, then final, or amended for a signed amendment.</summary>
    public ObservationStatus ObservationStatus => Request.Version.Status switch
    {
        PrintStatus.Final => ObservationStatus.Final,
        PrintStatus.Amended => ObservationStatus.Amended,
        _ => ObservationStatus.Preliminary,
    };

    /// <summary>Adds <paramref name="resource"/> under an id derived from <paramref name="key"/>; returns a reference to it.</summary>
    public ResourceReference Add(Resource resource, string key)
    {
        resource.Id = ids.For(key);
        var fullUrl = "urn:uuid:" + resource.Id;
        Bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return new ResourceReference(fullUrl);
    }

    /// <summary>Adds an Observation and lists it among the report's results.</summary>
    public ResourceReference AddResult(Observation observation, string key)
    {
        var reference = Add(observation, key);
        Results.Add(reference);
        return reference;
    }

    /// <summary>Remembers which Observation carries <paramref name="finding"/> (as implications name it: layer, source, label).</summary>
    public void Index(Finding finding, string layer, string label, ResourceReference reference) =>
        findings.TryAdd(FindingKey(layer, finding.Source.ToString(), label), reference);

    public ResourceReference? Find(string layer, string source, string label) =>
        findings.TryGetValue(FindingKey(layer, source, label), out var found) ? new ResourceReference(found.Reference) : null;

    /// <summary>Remembers the pertinent-negative Observation of a gene: what a wild-type inference derives from.</summary>
    public void IndexNegative(string gene, ResourceReference reference)
    {
        if (!negatives.TryGetValue(gene, out var list))
        {
            negatives[gene] = list = [];
        }

        list.Add(reference);
    }

    public IEnumerable<ResourceReference> NegativesOf(string gene) =>
        (negatives.GetValueOrDefault(gene) ?? []).Select(r => new ResourceReference(r.Reference));

    /// <summary>An Observation with the category, subject, specimen, status and issue time every result shares.</summary>
    public Observation NewObservation(string profile, CodeableConcept code, bool biomarker = false)
    {
        var observation = new Observation
        {
            Meta = new Meta { Profile = [profile] },
            Status = ObservationStatus,
            Code = code,
            Subject = Patient,
            Specimen = Specimen,
            Issued = Issued,
        };
        observation.Category.Add(new CodeableConcept(FhirTerms.ObservationCategory, "laboratory"));
        if (biomarker)
        {
            observation.Category.Add(new CodeableConcept(FhirTerms.TbdCodes, "biomarker-category"));
        }

        observation.Category.Add(new CodeableConcept(FhirTerms.V2Table0074, "GE"));
        return observation;
    }

    /// <summary>A gene as HGNC codes it (id and symbol when the gene table knows it), with the symbol as text.</summary>
    public CodeableConcept Gene(string symbol)
    {
        var id = Options.Genes?.Find(symbol)?.HgncId;
        return new CodeableConcept(FhirTerms.Hgnc, string.IsNullOrEmpty(id) ? null : id, symbol, symbol);
    }

    private static string FindingKey(string layer, string source, string label) => $"{layer}|{source}|{label}";
}
