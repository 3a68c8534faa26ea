using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Board;

/// <summary>
/// The sample patient of the PDF tests, with her identifiers also inside texts, as real files put them there: the
/// file name carries the sample ID, and a caveat quotes the MRN and the family name.
/// </summary>
public static class BoardFixtures
{
    public static OmicsCase Case() => SampleReports.Case() with
    {
        Variants =
        [
            new SmallVariant
            {
                Gene = "BRAF", HgvsC = "c.1799T>A", Consequence = VariantConsequence.Missense, Vaf = 0.41,
                Source = new SourceLocation($"{SampleReports.SampleId}.maf", 12), Original = $"BRAF c.1799T>A {SampleReports.SampleId}",
            },
        ],
        Sources = [new SourceFile($"{SampleReports.SampleId}.maf", "MAF 2.4", new string('a', 64), 52_392)],
        Warnings = [ImportProblem.Warning("unknown-gene", $"{SampleReports.SampleId}.maf", 40, 1, "Gene symbol FAKE1 is not known.")],
    };

    public static OmicsReport Report() => SampleReports.Report(vusCount: 3) with
    {
        Implications =
        [
            SampleReports.Braf() with
            {
                Matched = [new MatchedFinding("SmallVariants", "BRAF V600E", $"{SampleReports.SampleId}.maf:12", [])],
            },
            SampleReports.Dpyd(),
        ],
        QcFindings =
        [
            new QcFinding("import-warning", QcSeverity.Info,
                $"Sample {SampleReports.SampleId} of {SampleReports.PatientFamily} (MRN {SampleReports.Mrn}) had one import warning."),
        ],
    };

    public static BoardSlide Slide(bool deIdentified, int caseNumber = 2)
    {
        var (omicsCase, report) = (Case(), Report());
        if (deIdentified)
        {
            var deidentifier = new BoardDeidentifier(omicsCase.Patient, omicsCase.Specimen.SampleId, caseNumber);
            (omicsCase, report) = (deidentifier.Apply(omicsCase), deidentifier.Apply(report));
        }

        return new BoardSlide
        {
            Title = deIdentified ? $"Case {caseNumber} · Å.M." : $"Case {caseNumber} · {SampleReports.PatientFamily}, {SampleReports.PatientGiven}",
            Identifiers = deIdentified ? null : $"MRN {SampleReports.Mrn} · born {SampleReports.BirthDate} · sample {SampleReports.SampleId}",
            VersionText = "Report version 1 (signed)",
            IsSigned = true,
            Question = "First-line systemic therapy?",
            Position = 1,
            Count = 3,
            Case = omicsCase,
            Report = report,
        };
    }

    /// <summary>Every way the fixture patient can be recognised in text.</summary>
    public static IReadOnlyList<string> Identifiers { get; } =
    [
        SampleReports.PatientFamily, SampleReports.PatientFamily.ToUpperInvariant(), SampleReports.PatientGiven, SampleReports.Mrn,
        SampleReports.BirthDate, SampleReports.SampleId, "P-0001",
    ];
}
