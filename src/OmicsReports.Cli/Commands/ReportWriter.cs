using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// Writes one <c>&lt;sampleId&gt;.report.json</c> per case into a hidden staging folder inside the output folder, then
/// moves them into place only when every file was written, so a failure leaves the output folder as it was.
/// </summary>
internal static class ReportWriter
{
    /// <param name="suffix">".report.json" for distilled reports, ".case.json" for harmonized cases.</param>
    /// <param name="content">What to write for a case: its distilled report, or the case itself.</param>
    public static async Task<int> WriteAllAsync(
        IReadOnlyList<OmicsCase> cases, string folder, string suffix, Func<OmicsCase, object> content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var staging = Directory.CreateDirectory(Path.Combine(folder, $".omics-staging-{Guid.NewGuid():N}")).FullName;
        try
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var staged = new List<(string From, string To)>(cases.Count);
            foreach (var omicsCase in cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = UniqueName(FileNameOf(omicsCase.Specimen.SampleId), names) + suffix;
                var path = Path.Combine(staging, name);
                await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    var value = content(omicsCase);
                    await JsonSerializer.SerializeAsync(stream, value, value.GetType(), OmicsJson.Indented, cancellationToken);
                }

                staged.Add((path, Path.Combine(folder, name)));
            }

            foreach (var (from, to) in staged)
            {
                File.Move(from, to, overwrite: true);
            }

            return staged.Count;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>A sample ID made safe as a file name ("/" and other reserved characters become "_").</summary>
    internal static string FileNameOf(string sampleId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. sampleId.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        return safe.Length == 0 || safe.StartsWith('.') ? "_" + safe : safe;
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }
}
