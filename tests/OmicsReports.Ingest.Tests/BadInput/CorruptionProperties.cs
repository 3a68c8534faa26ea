using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// Random corruptions of valid files (bytes deleted, inserted, replaced; lines duplicated or cut) never crash the
/// importer: every outcome is cases with located warnings, or located errors and no case.
/// </summary>
public class CorruptionProperties
{
    private static readonly byte[][] Payloads =
    [
        "\t"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "NA"u8.ToArray(), "x"u8.ToArray(), "-3"u8.ToArray(),
        "1e999"u8.ToArray(), "#"u8.ToArray(), "\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), ","u8.ToArray(),
        ":"u8.ToArray(), "[]"u8.ToArray(), [0xFF], [0xC3], [0x81], [0x00], "é"u8.ToArray(),
    ];

    /// <summary>One edit at a relative position (0..1) of the file.</summary>
    public sealed record Corruption(int Kind, double At, int Length, int Payload)
    {
        public byte[] Apply(byte[] input)
        {
            var position = (int)(At * input.Length);
            var list = input.ToList();
            switch (Kind)
            {
                case 0:
                    list.RemoveRange(position, Math.Min(Length, list.Count - position));
                    break;
                case 1:
                    list.InsertRange(position, Payloads[Payload]);
                    break;
                case 2 when position < list.Count:
                    list[position] = Payloads[Payload][0];
                    break;
                case 3:
                    var start = input.AsSpan(0, position).LastIndexOf((byte)'\n') + 1;
                    var end = Array.IndexOf(input, (byte)'\n', position);
                    var line = input[start..(end < 0 ? input.Length : end + 1)];
                    list.InsertRange(start, line);
                    break;
                default:
                    list.RemoveRange(position, list.Count - position);
                    break;
            }

            return [.. list];
        }
    }

    internal static Arbitrary<Corruption[]> Corruptions =>
        (from kind in Gen.Choose(0, 4)
         from at in Gen.Choose(0, 999).Select(i => i / 1000.0)
         from length in Gen.Choose(1, 40)
         from payload in Gen.Choose(0, Payloads.Length - 1)
         select new Corruption(kind, at, length, payload)).ArrayOf().Select(a => a.Take(4).ToArray()).Where(a => a.Length > 0).ToArbitrary();

    public static TheoryData<string, string> ValidFiles => new()
    {
        { "data.maf", Fixtures.Maf },
        { "clinical.txt", Fixtures.Clinical },
        { "cna.txt", Fixtures.WideCna },
        { "bundle.json", Docs.Example("case-bundle") },
        { "fusions.txt", "Tumor_Sample_Barcode\tFusion\nS1\tEML4-ALK\nS2\tETV6-RUNX1 fusion\n" },
        { "sv.txt", "Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\tSite1_Region_Number\tTumor_Split_Read_Count\nS1\tEML4\tALK\t13\t40\n" },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void RandomCorruption_GivesOnlyLocatedProblems(string name, string valid)
    {
        var original = Encoding.UTF8.GetBytes(valid);
        var property = Prop.ForAll(Corruptions, corruptions =>
        {
            using var folder = new TempFolder();
            var bytes = corruptions.Aggregate(original, (current, c) => c.Apply(current));
            var clinical = folder.Write("clinical-base.txt", Fixtures.Clinical);
            var path = folder.WriteBytes(name, bytes);
            var result = Imports.RunAsync(name == "bundle.json" ? [path] : [clinical, path]).GetAwaiter().GetResult();
            return result.Succeeded
                ? result.Cases.Count > 0 && result.Cases.SelectMany(c => c.Warnings).All(IsLocated)
                : result.Cases.Count == 0 && result.Errors.All(e => IsLocated(e) && e.Severity == ProblemSeverity.Error);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void RandomCorruptionOfAStudyFile_GivesOnlyLocatedProblems()
    {
        var study = OmicsReports.Testing.TestData.Terminated("cbioportal_study_es_0", "study_oncokb_update");
        var files = Directory.GetFiles(study).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var pick = Gen.Choose(0, files.Length - 1).ToArbitrary();
        var property = Prop.ForAll(pick, Corruptions, (index, corruptions) =>
        {
            using var folder = new TempFolder();
            var copy = folder.CopyOf(study, "study");
            var target = Path.Combine(copy, files[index]!);
            File.WriteAllBytes(target, corruptions.Aggregate(File.ReadAllBytes(target), (current, c) => c.Apply(current)));
            var result = Imports.RunAsync(copy).GetAwaiter().GetResult();
            return result.Succeeded ? result.Cases.Count > 0 : result.Cases.Count == 0 && result.Errors.All(IsLocated);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true), property);
    }

    /// <summary>A problem names its file, a line (0 only for whole-file problems) and says what is wrong.</summary>
    internal static bool IsLocated(ImportProblem problem) =>
        problem.File.Length > 0 && problem.Line >= 0 && problem.Column is null or >= 1 && problem.Message.Length > 0
        && !problem.Message.Contains("   at ", StringComparison.Ordinal);
}
