using System.Text;
using System.Text.Json;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>
/// Stands in for the importers until the integrator binds them: reads harmonized cases written as OmicsJson
/// ("*.case.json") and reports malformed JSON with its line and column, as the real importers must.
/// </summary>
internal sealed class JsonCaseImporter : ICaseImporter
{
    public Task<CaseImport> ImportAsync(IReadOnlyList<UploadedFile> files, IProgress<ImportStep>? progress, CancellationToken cancellationToken)
    {
        var cases = new List<OmicsCase>();
        var problems = new List<ImportProblem>();
        foreach (var file in files)
        {
            progress?.Report(new ImportStep($"Reading {file.Name}", 0.3));
            if (!file.Name.EndsWith(".case.json", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(ImportProblem.Error("unsupported-format", file.Name, 0, null, "Not a case bundle (*.case.json)."));
                continue;
            }

            try
            {
                cases.Add(ReportSnapshots.ReadCase(Encoding.UTF8.GetString(file.Content.Span)));
            }
            catch (JsonException ex)
            {
                problems.Add(ImportProblem.Error("invalid-json", file.Name, (int)(ex.LineNumber ?? 0) + 1, (int?)(ex.BytePositionInLine + 1), "The JSON is malformed here."));
            }
        }

        return Task.FromResult(new CaseImport(problems.Count > 0 ? [] : cases, problems));
    }
}

/// <summary>Stands in for the rules engine: a report with no implications and a caveat naming this engine.</summary>
internal sealed class TestReportEngine : IReportEngine
{
    public KnowledgeBaseStamp? KnowledgeBase { get; } = new("test-kb-1", new string('c', 64));

    public OmicsReport Evaluate(OmicsCase omicsCase) => new()
    {
        SampleId = omicsCase.Specimen.SampleId,
        PatientId = omicsCase.Patient.Id,
        TumorType = omicsCase.TumorType is { } t ? new TumorTypeRef(t.Code, t.Name) : null,
        KnowledgeBase = KnowledgeBase!,
        InputSha256 = ReportSnapshots.Sha256(ReportSnapshots.Serialize(omicsCase)),
        Implications = [],
        KeyBiomarkers = [],
        PertinentNegatives = [],
        RecommendedTests = [],
        QcFindings = [new QcFinding("test-engine", QcSeverity.Info, "Evaluated by the test engine.")],
        Vus = [],
    };
}
