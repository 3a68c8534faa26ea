using System.Globalization;

namespace OmicsReports.Pdf.Benchmarks;

public sealed record PdfBenchmarkOptions(int Warm, int Concurrent, int Batch, int MaxConcurrent, string Fonts)
{
    public static PdfBenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new PdfBenchmarkOptions(Int("warm", 50), Int("concurrent", 20), Int("batch", 38), Int("max-concurrent", 4),
            values.GetValueOrDefault("fonts", "System"));
    }
}
