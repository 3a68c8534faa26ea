using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Web.Tests.Infrastructure;

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
