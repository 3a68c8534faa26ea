using System.Text.RegularExpressions;

namespace OmicsReports.Ingest.Tests.Support;

/// <summary>The repository's docs folder, so tests keep documented examples and schemas true.</summary>
internal static partial class Docs
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
                {
                    return Path.Combine(dir.FullName, "docs");
                }
            }

            throw new InvalidOperationException("The repository root (OmicsReports.sln) was not found above the test binaries.");
        }
    }

    /// <summary>The fenced block that follows "&lt;!-- example:<paramref name="name"/> --&gt;" in docs/formats.md.</summary>
    public static string Example(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "formats.md"));
        var match = ExampleBlock().Matches(text).FirstOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"docs/formats.md has no example '{name}'.");
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"<!-- example:(?<name>[\w-]+) -->\s*```\w*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
