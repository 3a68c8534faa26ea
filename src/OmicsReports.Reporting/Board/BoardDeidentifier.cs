using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Reporting.Board;

/// <summary>
/// Makes the copy of a case and its report that a de-identified meeting renders: the patient becomes "case N" with
/// no name, MRN, date of birth or sample identifier, and every text of the snapshots that quotes one of those
/// identifiers (file names such as "DEMO-S1-MEL.maf:12", import messages, caveats) has it replaced. The screen and the
/// documents then render only what they may show; nothing is rendered and hidden.
/// </summary>
public sealed class BoardDeidentifier
{
    /// <summary>Clinical vocabulary that a surname could spell (a family name "Kit" and the gene KIT): never rewritten.</summary>
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal) { "gene", "genes", "geneA", "geneB", "therapies", "symbol" };

    private readonly List<string> identifiers;
    private readonly Regex? names;

    /// <param name="caseNumber">The meeting's case number, which stands in for every identifier.</param>
    public BoardDeidentifier(Patient patient, string? sampleId, int caseNumber)
    {
        ArgumentNullException.ThrowIfNull(patient);
        Pseudonym = string.Create(CultureInfo.InvariantCulture, $"case {caseNumber}");
        // Identifiers are replaced wherever they occur, longest first so that "P-1" never cuts into "P-12".
        identifiers = new[] { patient.Mrn, patient.Id, sampleId }
            .Where(id => id is { Length: >= 3 })
            .Select(id => id!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(id => id.Length)
            .ToList();
        // Names only as whole words and as written, so "Maja" is replaced but "majority" is not.
        var parts = new[] { patient.FamilyName, patient.GivenName }
            .SelectMany(n => (n ?? string.Empty).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(n => n.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape)
            .ToList();
        names = parts.Count == 0 ? null : new Regex($@"(?<!\w)({string.Join('|', parts)})(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>What replaces the identifiers, e.g. "case 3".</summary>
    public string Pseudonym { get; }

    /// <summary>The case as a de-identified meeting may show it.</summary>
    public OmicsCase Apply(OmicsCase omicsCase)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        // Profiling holds panel names and gene sets, no identifiers; it is kept as it is (and its sets would need the
        // database layer's converter to read back).
        var redacted = RoundTrip(omicsCase with { Profiling = Profiling.None });
        return redacted with
        {
            Profiling = omicsCase.Profiling,
            Patient = new Patient { Id = Pseudonym, Sex = omicsCase.Patient.Sex },
            Specimen = redacted.Specimen with { SampleId = Pseudonym, CollectedOn = null },
        };
    }

    /// <summary>The report as a de-identified meeting may show it.</summary>
    public OmicsReport Apply(OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RoundTrip(report) with { PatientId = Pseudonym, SampleId = Pseudonym };
    }

    /// <summary>One text, e.g. a pathologist's reason for hiding an implication.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var id in identifiers)
        {
            text = text.Replace(id, Pseudonym, StringComparison.OrdinalIgnoreCase);
        }

        return names is null ? text : names.Replace(text, Pseudonym);
    }

    private T RoundTrip<T>(T value)
    {
        var node = JsonSerializer.SerializeToNode(value, OmicsJson.Compact)
                   ?? throw new InvalidOperationException($"{typeof(T).Name} serialised to null.");
        Walk(node, property: null);
        return node.Deserialize<T>(OmicsJson.Compact) ?? throw new InvalidOperationException($"{typeof(T).Name} read back as null.");
    }

    private void Walk(JsonNode node, string? property)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Vocabulary.Contains(key) ? text : Redact(text);
                    }
                    else if (child is not null)
                    {
                        Walk(child, key);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = property is not null && Vocabulary.Contains(property) ? text : Redact(text);
                    }
                    else if (array[i] is { } child)
                    {
                        Walk(child, property);
                    }
                }

                break;
        }
    }
}
