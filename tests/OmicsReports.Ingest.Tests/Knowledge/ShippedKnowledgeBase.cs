using OmicsReports.Domain.Knowledge;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>The repository's knowledge/ folder, loaded once with the real OncoTree.</summary>
public static class ShippedKnowledgeBase
{
    private static readonly string FolderPath = FindFolder();
    private static readonly Lazy<KnowledgeLoadResult> Result = new(() => KnowledgeBaseLoader.Load(FolderPath, OncoTreeFixture.Current, OncoTreeFixture.Genes));

    public static string Folder => FolderPath;

    public static KnowledgeLoadResult LoadResult => Result.Value;

    public static KnowledgeBase Current => Result.Value.KnowledgeBase
        ?? throw new InvalidOperationException("The shipped knowledge base did not load:\n" + string.Join('\n', Result.Value.Problems));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("The checkout (OmicsReports.sln) was not found above " + AppContext.BaseDirectory);
    }
}
