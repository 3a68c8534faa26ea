using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests.Corruption;

/// <summary>
/// Real inputs from the shared corpus that import cleanly, each a set of files copied into a fresh folder per trial:
/// a cBioPortal study, a MAF with its clinical file, VCFs (plain and BGZF), PCGR's one-sample tables, PharmCAT and FHIR.
/// Upstream files that lack a final line break come from <see cref="TestData.Terminated"/>.
/// </summary>
public sealed record CorpusInput(string Name, IReadOnlyList<string> Sources, bool IsStudy = false, IReadOnlyList<string>? Samples = null)
{
    public static IReadOnlyList<CorpusInput> All { get; } =
    [
        new("study", [TestData.Terminated("cbioportal_study_es_0", "study_oncokb_update")], IsStudy: true),
        new("maf", [TestData.Terminated("oncokb_annotator", "example_clinical.txt"), TestData.Terminated("oncokb_annotator", "example_maf.txt")]),
        new("vcf", [TestData.Path("annotated_somatic_vcf", "vcf2maf_tests", "test_mutect.vcf")]),
        new("bgzf-vcf", [TestData.Path("pcgr_examples", "T001-BRCA.grch38.vcf.gz")]),
        new("pcgr-tables", [TestData.Path("pcgr_examples", "T001-COAD.grch38.fusions.tsv"), TestData.Path("pcgr_examples", "T001-COAD.grch38.cna.tsv")], Samples: ["T001"]),
        new("pharmcat", [TestData.Path("pharmcat", "pharmcat.example.outsideCall.tsv")], Samples: ["PGX-1"]),
        new("fhir", [TestData.Path("hl7_fhir_genomics_reporting", "bundles", "Bundle-bundle-pgxexample.json")]),
    ];

    /// <summary>Copies the inputs into <paramref name="folder"/>; returns the paths to give <c>omics report</c>.</summary>
    public IReadOnlyList<string> CopyTo(string folder)
    {
        var paths = new List<string>();
        foreach (var source in Sources)
        {
            var target = Path.Combine(folder, Path.GetFileName(source));
            if (Directory.Exists(source))
            {
                foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
                {
                    var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Copy(file, destination);
                }
            }
            else
            {
                File.Copy(source, target);
            }

            paths.Add(target);
        }

        return paths;
    }

    public override string ToString() => Name;
}
