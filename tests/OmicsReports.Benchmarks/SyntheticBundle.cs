using System.Globalization;
using System.Text.Json;

namespace OmicsReports.Benchmarks;

/// <summary>
/// A deterministic case bundle with many variants (issue 12: 100,000 must import and distil in 10 s), written as JSON
/// writers write by default: on one line, which is what made the old line-and-column index quadratic. Variants spread
/// over the gene table with distinct positions, a few actionable ones among them.
/// </summary>
public static class SyntheticBundle
{
    private const string Residues = "ACDEFGHIKLMNPQRSTVWY";
    private static readonly string[] Bases = ["A", "C", "G", "T"];

    public static void Write(string path, IReadOnlyList<string> genes, int variants, int seed = 20261206)
    {
        ArgumentNullException.ThrowIfNull(genes);
        var random = new Random(seed);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("format", "omicsreports-case-bundle");
        json.WriteNumber("version", 1);
        json.WriteStartObject("patient");
        json.WriteString("id", "BENCH-100K");
        json.WriteEndObject();
        json.WriteStartObject("specimen");
        json.WriteString("sampleId", "BENCH-100K-T1");
        json.WriteEndObject();
        json.WriteStartObject("tumorType");
        json.WriteString("code", "LUAD");
        json.WriteEndObject();
        json.WriteStartArray("profiling");
        json.WriteStartObject();
        json.WriteString("layer", "small-variants");
        json.WriteBoolean("wholeGenome", true);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("variants");
        for (var i = 0; i < variants; i++)
        {
            var (gene, protein) = i switch
            {
                0 => ("EGFR", "p.L858R"),
                1 => ("KRAS", "p.G12C"),
                2 => ("BRAF", "p.V600E"),
                _ => (genes[random.Next(genes.Count)], Protein(random)),
            };
            var reference = Bases[random.Next(4)];
            var depth = random.Next(100, 900);
            var alt = random.Next(5, depth / 2);
            json.WriteStartObject();
            json.WriteString("gene", gene);
            json.WriteString("chromosome", (1 + (i % 22)).ToString(CultureInfo.InvariantCulture));
            json.WriteNumber("position", 1_000_000L + (i * 37L));
            json.WriteString("reference", reference);
            json.WriteString("alternate", Bases[(Array.IndexOf(Bases, reference) + 1 + random.Next(3)) % 4]);
            json.WriteString("hgvsP", protein);
            json.WriteString("consequence", protein.EndsWith('*') ? "stop_gained" : "missense_variant");
            json.WriteNumber("vaf", Math.Round((double)alt / depth, 4));
            json.WriteNumber("depth", depth);
            json.WriteNumber("altReads", alt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("tmb");
        json.WriteNumber("value", 12.5);
        json.WriteString("unit", "mut/Mb");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Protein(Random random)
    {
        var codon = random.Next(2, 1200);
        var from = Residues[random.Next(Residues.Length)];
        var to = random.NextDouble() < 0.15 ? '*' : Residues[random.Next(Residues.Length)];
        return string.Create(CultureInfo.InvariantCulture, $"p.{from}{codon}{to}");
    }
}
