using System.Text.Json;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>
/// Every vocabulary word the real corpus uses must be understood: MAF classifications and consequences, VEP CSQ
/// consequences and protein changes, and PharmCAT phenotypes.
/// </summary>
public class CorpusVocabularyTests
{
    public static TheoryData<string, string> Mafs => new()
    {
        { "annotated_somatic_vcf", "vcf2maf_tests/test_b38_output.maf" },
        { "cbioportal_study_es_0", "study_es_0/data_mutations_extended.maf" },
        { "cbioportal_study_es_0", "study_es_0_import_export/data_mutation_extended_maf_mutations.txt" },
        { "oncokb_annotator", "example_maf.txt" },
    };

    [Theory]
    [MemberData(nameof(Mafs))]
    public void MafColumns_EveryValue_IsUnderstood(string folder, string file)
    {
        var rows = Table(TestData.Path(folder, file)).ToList();
        Assert.NotEmpty(rows);

        foreach (var row in rows)
        {
            var classification = row["Variant_Classification"];
            Assert.True(ConsequenceVocabulary.FromMafClassification(classification) is not null, $"{file}: {classification}");
            if (row.TryGetValue("Consequence", out var consequence) && consequence is not ("" or "NA"))
            {
                Assert.True(ConsequenceVocabulary.MostSevereTerm(consequence) is not null, $"{file}: {consequence}");
            }

            if (row.TryGetValue("HGVSp_Short", out var protein) && protein.StartsWith("p.", StringComparison.Ordinal))
            {
                Assert.True(ProteinNotation.Parse(protein) is not null, $"{file}: {protein}");
            }
        }
    }

    [Fact]
    public void VepCsq_EveryConsequenceAndProteinChange_IsUnderstood()
    {
        var vcf = TestData.Path("annotated_somatic_vcf", "phyloflow_A25_HCC", "VEP_raw.A25.mutect2.filtered.snp.vcf");
        var entries = File.ReadLines(vcf)
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split('\t')[7].Split(';').Where(f => f.StartsWith("CSQ=", StringComparison.Ordinal)))
            .SelectMany(f => f[4..].Split(','))
            .Select(e => e.Split('|'))
            .ToList();
        Assert.True(entries.Count > 1000, $"only {entries.Count} CSQ entries");

        var escaped = 0;
        foreach (var entry in entries)
        {
            Assert.True(ConsequenceVocabulary.MostSevereTerm(entry[1]) is not null, entry[1]);
            if (entry[11].Length > 0)
            {
                Assert.True(ProteinNotation.TryParse(entry[11], out var change, out var note), entry[11]);
                escaped += entry[11].Contains("%3D", StringComparison.Ordinal) ? 1 : 0;
                Assert.Equal(entry[11].Contains("%3D", StringComparison.Ordinal), change!.Kind == ProteinChangeKind.Silent);
                Assert.Contains("protein accession removed", note!.Reason, StringComparison.Ordinal);
            }
        }

        Assert.True(escaped > 0, "the VCF's %3D silent changes were not seen");
    }

    [Theory]
    [InlineData("pharmcat.example.report.json")]
    [InlineData("pharmcat.example2.report.json")]
    public void PharmCatPhenotypes_MetabolizerAndFunctionWords_AreCpicTerms(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(TestData.Path("pharmcat", file)));
        var words = new HashSet<string>(StringComparer.Ordinal);
        Collect(document.RootElement, words);
        var cpicWords = words.Where(w => w.EndsWith("Metabolizer", StringComparison.Ordinal)
            || w.EndsWith("Function", StringComparison.Ordinal) || w == "Uncertain Susceptibility").ToList();
        Assert.NotEmpty(cpicWords);

        Assert.All(cpicWords, w => Assert.Equal(w, BiomarkerVocabulary.Phenotype(w)?.Phenotype));
        Assert.All(words.Where(w => w is "n/a" or "No Result"), w => Assert.True(BiomarkerVocabulary.IsNoResult(w)));
    }

    private static void Collect(JsonElement element, HashSet<string> words)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "phenotypes" && property.Value.ValueKind == JsonValueKind.Array)
                {
                    words.UnionWith(property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                }

                Collect(property.Value, words);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, words);
            }
        }
    }

    /// <summary>Rows of a tab-separated file with "#" comment lines, as dictionaries keyed by column name.</summary>
    private static IEnumerable<Dictionary<string, string>> Table(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#') && l.Length > 0))
        {
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            yield return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }
}
