using System.Globalization;
using System.Text;
using System.Text.Json;
using OmicsReports.Domain.Serialization;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Pipeline;

/// <summary>
/// Issue 16, speed: a MAF is parsed on a second thread and assembled on every core, and a wide discrete copy-number
/// matrix is read by ranges of sample columns on several cores; the result must be exactly what a one-thread import
/// gives: the same cases, calls, coverage, warnings and errors, in the same order, also when reading stops at the
/// error limit part-way through a file.
/// </summary>
public sealed class ParallelReadTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, bool, string[]> Runs => new()
    {
        { "damaged rows refuse the import at the error limit", false, [] },
        { "--skip-invalid keeps the good rows and lists the rest", true, [] },
        { "--sample keeps one sample", true, ["S2"] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task ParallelRead_GivesTheOneThreadResult(string what, bool skipInvalid, string[] samples)
    {
        var maf = folder.Write("data.maf", Maf(rows: 9000));
        var options = new ImportOptions { SkipInvalid = skipInvalid, Samples = samples };

        var sequential = await Imports.RunAsync(options with { Parallelism = 1 }, maf);
        var parallel = await Imports.RunAsync(options with { Parallelism = 2 }, maf);

        Assert.Equal(skipInvalid, sequential.Succeeded);
        Assert.True(sequential.Errors.Count + sequential.Warnings.Count >= 100, what);
        Assert.Equal(Json(sequential), Json(parallel));
    }

    [Fact]
    public async Task ParallelRead_OfACorpusStudy_GivesTheOneThreadCases()
    {
        var study = Imports.Corpus("cbioportal_study_es_0", "study_es_0");

        var sequential = await Imports.RunAsync(new ImportOptions { Parallelism = 1 }, study);
        var parallel = await Imports.RunAsync(new ImportOptions { Parallelism = 2 }, study);

        Assert.True(sequential.Succeeded, string.Join("; ", sequential.Errors));
        Assert.True(sequential.Cases.Sum(c => c.Variants.Count) > 30);
        Assert.Equal(Json(sequential), Json(parallel));
    }

    [Theory]
    [InlineData(false, 2, 100)]
    [InlineData(false, 2, 8)]
    [InlineData(true, 2, 100)]
    [InlineData(true, 3, 100)]
    public async Task ParallelMatrixRead_GivesTheOneThreadResult(bool skipInvalid, int parallelism, int maxErrors)
    {
        var matrix = folder.Write("data_cna.txt", Matrix(samples: 300, rows: 150));
        var options = new ImportOptions { SkipInvalid = skipInvalid, MaxErrors = maxErrors };

        var sequential = await Imports.RunAsync(options with { Parallelism = 1 }, matrix);
        var parallel = await Imports.RunAsync(options with { Parallelism = parallelism }, matrix);

        Assert.True(skipInvalid == sequential.Succeeded, string.Join("; ", sequential.Errors.Take(3)));
        Assert.True(sequential.Errors.Count + sequential.Warnings.Count >= Math.Min(maxErrors, 15), $"{sequential.Errors.Count} errors");
        if (skipInvalid)
        {
            Assert.Equal(300, sequential.Cases.Count);
            Assert.Contains(sequential.Cases.SelectMany(c => c.CopyNumbers), c => c.Gene == "ERBB2");
        }

        Assert.Equal(Json(sequential), Json(parallel));
    }

    private static string Json(ImportResult result) => JsonSerializer.Serialize(result, OmicsJson.Compact);

    /// <summary>
    /// Rows over three samples, with damage spread through several parsing batches: a missing cell every 97th row,
    /// a position that is not a number every 89th, an empty sample every 113th, an unknown gene every 7th (a warning),
    /// a repeated row every 50th (a duplicate warning).
    /// </summary>
    private static string Maf(int rows)
    {
        var text = new StringBuilder("Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tHGVSp_Short\tt_depth\tt_alt_count\n");
        string[] genes = ["EGFR", "KRAS", "TP53", "BRAF", "PIK3CA", "NOTAGENE7"];
        for (var i = 0; i < rows; i++)
        {
            var n = i % 50 == 49 ? i - 1 : i;
            var gene = n % 7 == 6 ? genes[5] : genes[n % 5];
            var sample = i % 113 == 112 ? string.Empty : $"S{n % 3 + 1}";
            var position = i % 89 == 88 ? "12x" : (100000 + n).ToString(CultureInfo.InvariantCulture);
            var cells = new List<string> { gene, sample, "Missense_Mutation", "7", position, "T", "G", $"p.L{n % 900 + 1}R", "100", "20" };
            if (i % 97 == 96)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            text.AppendJoin('\t', cells).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A cBioPortal DISCRETE matrix with damage in both halves of the columns and in several blocks of rows: a cell
    /// that is not a call in every 13th row (three of them in every 39th, far apart), a row of the wrong width every
    /// 37th, an unknown gene every 11th (a warning per sample), a gene repeated with other calls every 23rd (conflict
    /// warnings), NA cells, and one row naming no gene.
    /// </summary>
    private static string Matrix(int samples, int rows)
    {
        var text = new StringBuilder("Hugo_Symbol\tEntrez_Gene_Id");
        for (var s = 1; s <= samples; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\tS{s:000}");
        }

        text.Append('\n');
        string[] genes = ["EGFR", "KRAS", "TP53", "ERBB2", "MYC", "CDKN2A", "PTEN", "MET"];
        string[] calls = ["0", "-1", "1", "-2", "2", "0", "0", "NA"];
        for (var r = 0; r < rows; r++)
        {
            var gene = r == 75 ? string.Empty : r % 11 == 10 ? $"NOTAGENE{r}" : r % 23 == 22 ? genes[(r - 1) % genes.Length] : genes[r % genes.Length];
            var cells = new List<string> { gene, string.Empty };
            for (var s = 0; s < samples; s++)
            {
                cells.Add(calls[(r * 7 + s * 3 + (r % 23 == 22 ? 1 : 0)) % calls.Length]);
            }

            if (r % 13 == 12 && r > FileSniff.MaxLines)
            {
                cells[2 + (r * 17 % samples)] = "3";
            }

            if (r % 39 == 38 && r > FileSniff.MaxLines)
            {
                cells[2 + 5] = "amp?";
                cells[2 + samples - 3] = "x";
            }

            if (r % 37 == 36)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            text.AppendJoin('\t', cells).Append('\n');
        }

        return text.ToString();
    }
}
