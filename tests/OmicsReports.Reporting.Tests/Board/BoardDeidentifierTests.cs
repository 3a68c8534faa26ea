using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Serialization;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Board;

public class BoardDeidentifierTests
{
    [Fact]
    public void Apply_CaseAndReport_LeaveNoIdentifierAnywhereInTheirText()
    {
        var omicsCase = BoardFixtures.Case();
        var deidentifier = new BoardDeidentifier(omicsCase.Patient, omicsCase.Specimen.SampleId, caseNumber: 4);

        var json = JsonSerializer.Serialize(deidentifier.Apply(omicsCase), OmicsJson.Compact) +
                   JsonSerializer.Serialize(deidentifier.Apply(BoardFixtures.Report()), OmicsJson.Compact);

        foreach (var identifier in BoardFixtures.Identifiers)
        {
            Assert.DoesNotContain(identifier, json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("case 4.maf:12", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Case_KeepsTheClinicalContentAndDropsDates()
    {
        var omicsCase = BoardFixtures.Case();
        var deidentifier = new BoardDeidentifier(omicsCase.Patient, omicsCase.Specimen.SampleId, caseNumber: 4);

        var result = deidentifier.Apply(omicsCase);
        var report = deidentifier.Apply(BoardFixtures.Report());

        Assert.Equal("case 4", result.Patient.Id);
        Assert.Null(result.Patient.BirthDate);
        Assert.Null(result.Patient.Mrn);
        Assert.Null(result.Specimen.CollectedOn);
        Assert.Equal(Sex.Female, result.Patient.Sex);
        Assert.Equal(omicsCase.Specimen.TumorPurity, result.Specimen.TumorPurity);
        Assert.Equal(omicsCase.Profiling.Layers.Count, result.Profiling.Layers.Count);
        Assert.Equal(["BRAF V600E", "DPYD activity score 1.0"], report.Implications.Select(i => i.Biomarker));
        Assert.Equal(SampleReports.TierOneTherapy, report.Implications[0].Therapies.Single());
    }

    [Fact]
    public void Apply_FamilyNameThatSpellsAGene_DoesNotRewriteTheGene()
    {
        var omicsCase = BoardFixtures.Case() with { Patient = new Patient { Id = "P-9", FamilyName = "KIT", GivenName = "Ana" } };
        var deidentifier = new BoardDeidentifier(omicsCase.Patient, "S-9", caseNumber: 1);

        var report = deidentifier.Apply(BoardFixtures.Report());

        Assert.Contains(report.PertinentNegatives, n => n.Gene == "KIT");
        Assert.DoesNotContain("KIT", deidentifier.Redact("Patient KIT, Ana"), StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_NamesOnlyAsWholeWords()
    {
        var deidentifier = new BoardDeidentifier(new Patient { Id = "P-7", FamilyName = "Maja", GivenName = "Li" }, null, caseNumber: 7);

        Assert.Equal("case 7 asked; majority agreed; Lightly", deidentifier.Redact("Maja asked; majority agreed; Lightly"));
        Assert.Equal("seen by case 7", deidentifier.Redact("seen by Li"));
    }
}
