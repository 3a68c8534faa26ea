using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Fhir;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// The property: for every case of the demo set and of the cBioPortal study, the project's own FHIR importer reads the
/// export back into the same harmonized case (its clinical content, <see cref="CaseContent"/>), and the rules engine
/// draws the same implications from it.
/// </summary>
public class FhirRoundTripTests
{
    [Fact]
    public async Task DemoCases_ExportThenImport_GiveTheSameCaseAndImplications()
    {
        var cases = await InteropCases.DemoCasesAsync();

        var differences = await RoundTripAsync(cases);

        Assert.True(cases.Count == 7, $"{cases.Count} demo cases");
        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(60)));
    }

    [Fact]
    public async Task CbioportalStudySamples_ExportThenImport_GiveTheSameCaseAndImplications()
    {
        var cases = await InteropCases.StudyCasesAsync();

        var differences = await RoundTripAsync(cases);

        Assert.True(cases.Count > 800, $"{cases.Count} study samples");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(60))}");
    }

    private static async Task<List<string>> RoundTripAsync(IReadOnlyList<OmicsCase> cases)
    {
        var folder = Directory.CreateTempSubdirectory("omics-fhir-roundtrip-").FullName;
        try
        {
            var originals = new Dictionary<string, OmicsCase>(StringComparer.Ordinal);
            foreach (var omicsCase in cases)
            {
                var path = Path.Combine(folder, $"{originals.Count:D4}.fhir.json");
                await File.WriteAllBytesAsync(path, FhirReportWriter.Write(InteropCases.Request(omicsCase), new() { Genes = InteropCases.Knowledge.Genes }));
                originals.Add(omicsCase.Specimen.SampleId, omicsCase);
            }

            var readBack = await InteropCases.ImportAsync(Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray());
            var differences = new List<string>();
            if (readBack.Count != cases.Count)
            {
                differences.Add($"{cases.Count} cases exported, {readBack.Count} read back");
            }

            foreach (var back in readBack)
            {
                if (!originals.TryGetValue(back.Specimen.SampleId, out var original))
                {
                    differences.Add($"+ a case {back.Specimen.SampleId} that was not exported");
                    continue;
                }

                var changed = CaseContent.Differences(CaseContent.Of(original), CaseContent.Of(back))
                    .Concat(CaseContent.Differences(CaseContent.Implications(InteropCases.Distill(original)), CaseContent.Implications(InteropCases.Distill(back))));
                differences.AddRange(changed.Select(d => $"{back.Specimen.SampleId}: {d}"));
            }

            return differences;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
