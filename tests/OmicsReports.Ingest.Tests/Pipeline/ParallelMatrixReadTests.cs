using System.Globalization;
using System.Text;
using System.Text.Json;
using OmicsReports.Domain.Serialization;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Pipeline;

/// <summary>
/// Issue 16, speed: a wide discrete copy-number matrix is read on several cores, each taking a range of sample
/// columns, and the result must be exactly what a one-thread read gives: the same cases, calls, coverage, warnings
/// and errors in the same order, also when reading stops at the error limit part-way through the file.
/// </summary>
public sealed class ParallelMatrixReadTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(false, 2, 100)]
    [InlineData(false, 2, 8)]
    [InlineData(true, 2, 100)]
    [InlineData(true, 3, 100)]
    public async Task ParallelRead_GivesTheOneThreadResult(bool skipInvalid, int parallelism, int maxErrors)
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
