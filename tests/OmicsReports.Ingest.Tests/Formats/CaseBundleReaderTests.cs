using System.Text.Json.Nodes;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

public class CaseBundleReaderTests
{
    [Fact]
    public async Task DocumentedExample_ImportsEveryLayer()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bundle.json", Docs.Example("case-bundle"));

        var result = await Imports.RunAsync(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var single = Assert.Single(result.Cases);
        Assert.Equal("EX-0001-T1", single.Specimen.SampleId);
        Assert.Equal(0.45, single.Specimen.TumorPurity);
        Assert.Equal(Sex.Female, single.Patient.Sex);
        Assert.Equal("LUAD", single.TumorType?.Code);
        var egfr = single.Variants.Single(v => v.Gene == "EGFR");
        Assert.Equal("L858R", egfr.Protein?.ShortForm);
        Assert.Contains(egfr.Notes, n => n.Original == "p.Leu858Arg");
        Assert.Equal(VariantConsequence.Missense, egfr.Consequence);
        Assert.Equal(CopyNumberCall.DeepDeletion, single.CopyNumbers.Single().Call);
        Assert.Equal(4.2, single.Tmb?.MutationsPerMegabase);
        Assert.Equal(MsiStatus.Stable, single.Msi?.Status);
        Assert.Equal("22C3", single.Proteins.Single().AntibodyClone);
        Assert.Equal("*1/*1", single.Pharmacogenomics.Single().Diplotype);
        Assert.Equal(TestStatus.Tested, single.Profiling.StatusOf(Layer.SmallVariants, "KRAS"));
        Assert.Equal(TestStatus.NotTested, single.Profiling.StatusOf(Layer.SmallVariants, "ROS1"));
        Assert.Equal(TestStatus.Tested, single.Profiling.StatusOf(Layer.StructuralVariants, "ROS1"));
    }

    [Fact]
    public async Task DocumentedExample_FindingsPointAtTheirJsonLine()
    {
        using var folder = new TempFolder();
        var text = Docs.Example("case-bundle");
        var path = folder.Write("bundle.json", text);

        var single = (await Imports.CasesAsync(path)).Single();

        var expectedLine = text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("\"gene\": \"TP53\"", StringComparison.Ordinal)).i + 1;
        Assert.Equal(expectedLine, single.Variants.Single(v => v.Gene == "TP53").Source.Line);
        Assert.Equal(ProteinChangeKind.Substitution, single.Variants.Single(v => v.Gene == "TP53").Protein?.Kind);
    }

    [Fact]
    public void Schema_ListsExactlyThePropertiesTheReaderAccepts()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Docs.Folder, "schemas", "case-bundle.schema.json")))!;
        var readerTypes = typeof(OmicsReports.Ingest.Formats.Bundle.CaseBundleReader).Assembly.GetTypes()
            .Where(t => t.Namespace == "OmicsReports.Ingest.Formats.Bundle" && t.Name.StartsWith("Bundle", StringComparison.Ordinal) && !t.Name.StartsWith("BundleMapper", StringComparison.Ordinal))
            .ToDictionary(t => t.Name);

        static SortedSet<string> Names(Type type) =>
            [.. type.GetProperties().Where(p => p.Name != "EqualityContract").Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];

        static SortedSet<string> SchemaNames(JsonNode node) =>
            [.. (node["properties"] ?? node["items"]!["properties"])!.AsObject().Select(p => p.Key)];

        Assert.Equal(Names(readerTypes["BundleDocument"]), SchemaNames(schema));
        var pairs = new Dictionary<string, string>
        {
            ["patient"] = "BundlePatient", ["specimen"] = "BundleSpecimen", ["tumorType"] = "BundleTumorType",
            ["profiling"] = "BundleCoverage", ["variants"] = "BundleVariant", ["copyNumbers"] = "BundleCopyNumber",
            ["segments"] = "BundleSegment", ["structuralVariants"] = "BundleStructuralVariant", ["tmb"] = "BundleTmb",
            ["msi"] = "BundleMsi", ["expression"] = "BundleExpression", ["proteins"] = "BundleProtein",
            ["pharmacogenomics"] = "BundlePharmacogenomic", ["priorTherapies"] = "BundlePriorTherapy", ["hrd"] = "BundleHrd", ["hla"] = "BundleHla",
        };
        foreach (var (property, type) in pairs)
        {
            Assert.Equal(Names(readerTypes[type]), SchemaNames(schema["properties"]![property]!));
        }
    }
}
