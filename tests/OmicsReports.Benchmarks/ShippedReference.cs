using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Benchmarks;

/// <summary>The harmonizer `omics report` uses: the checkout's knowledge/reference tables.</summary>
internal static class ShippedReference
{
    private static readonly Lazy<Harmonizer> Value = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "knowledge", ReferenceData.FolderName);
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")) && Directory.Exists(folder))
            {
                return Harmonizer.From(ReferenceData.Load(folder));
            }
        }

        throw new InvalidOperationException("knowledge/reference was not found above the benchmark binaries.");
    });

    public static Harmonizer Harmonizer => Value.Value;
}
