using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Fhir;
using OmicsReports.Ingest.Tests.PharmCat;
using OmicsReports.Ingest.Tests.Support;
using OmicsReports.Ingest.Tests.Tsv;
using OmicsReports.Ingest.Tests.Vcf;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// The corruption property of <see cref="CorruptionProperties"/> for the one-sample formats (VCF, fusion,
/// expression and segment tables, PharmCAT, FHIR), which stand alone rather than beside a clinical file, and for
/// gzip-compressed input, whose corruption hits the decompressor before any reader.
/// </summary>
public class FormatCorruptionProperties
{
    public static TheoryData<string, string> ValidFiles => new()
    {
        { "calls.vcf", VcfFixtures.Annotated },
        { "unnamed.vcf", VcfFixtures.Unnamed },
        { "fusions.tsv", TsvFixtures.Fusions },
        { "expression.tsv", TsvFixtures.Expression },
        { "cna.tsv", TsvFixtures.Segments },
        { "report.json", PharmCatFixtures.Report },
        { "outside.tsv", PharmCatFixtures.OutsideCalls },
        { "bundle.json", FhirFixtures.Bundle },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void RandomCorruption_GivesOnlyLocatedProblems(string name, string valid) =>
        Check(name, Encoding.UTF8.GetBytes(valid));

    [Fact]
    public void RandomCorruptionOfGzippedInput_GivesOnlyLocatedProblems()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(VcfFixtures.Annotated));
        }

        Check("calls.vcf.gz", compressed.ToArray());
    }

    private static void Check(string name, byte[] original)
    {
        var property = Prop.ForAll(CorruptionProperties.Corruptions, corruptions =>
        {
            using var folder = new TempFolder();
            var path = folder.WriteBytes(name, corruptions.Aggregate(original, (current, c) => c.Apply(current)));
            var result = Imports.RunAsync(path).GetAwaiter().GetResult();
            return result.Succeeded
                ? result.Cases.Count > 0 && result.Cases.SelectMany(c => c.Warnings).All(CorruptionProperties.IsLocated)
                : result.Cases.Count == 0 && result.Errors.All(e => CorruptionProperties.IsLocated(e) && e.Severity == ProblemSeverity.Error);
        });

        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true), property);
    }
}
