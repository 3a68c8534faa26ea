using System.Security.Cryptography;
using System.Text;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Knowledge.Validation;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>The outcome of loading a knowledge base: the base, unless an error prevents it, and every problem found.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? KnowledgeBase, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => KnowledgeBase is not null;

    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>
/// Reads a knowledge-base folder: manifest.yaml (version), qc.yaml, oncogenic.yaml with the tables it cites
/// (oncogenic/*.tsv), drugs.yaml, rules/**/*.yaml and standards/*.yaml. The content hash is the SHA-256 over those
/// files in path order (line endings normalised), so
/// README edits do not change it and any data edit does. Every file is read and checked before the verdict, so a
/// curator sees all problems at once; any error means no knowledge base.
/// </summary>
public static class KnowledgeBaseLoader
{
    private static readonly string[] TopFiles = ["manifest.yaml", "qc.yaml", "oncogenic.yaml", "drugs.yaml"];
    private static readonly string[] Folders = ["rules", "standards"];

    public static KnowledgeLoadResult Load(string folder, ITumorTypeHierarchy? hierarchy = null, GeneCatalog? genes = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<ImportProblem>();
        var root = Path.GetFullPath(folder);
        var display = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        if (!Directory.Exists(root))
        {
            problems.Add(ImportProblem.Error("no-knowledge-base", folder, 0, null, "The knowledge-base folder does not exist."));
            return new KnowledgeLoadResult(null, problems);
        }

        var files = DataFiles(root);
        var texts = files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(root, f)).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal);
        YamlSource Source(string relative) => new($"{display}/{relative}", problems);

        var version = texts.TryGetValue("manifest.yaml", out var manifestText) ? ManifestReader.Read(Source("manifest.yaml"), manifestText) : null;
        if (manifestText is null)
        {
            problems.Add(ImportProblem.Error("no-manifest", $"{display}/manifest.yaml", 0, null, "The knowledge base needs manifest.yaml with its version."));
        }

        var qc = texts.TryGetValue("qc.yaml", out var qcText) ? ManifestReader.ReadQc(Source("qc.yaml"), qcText) : QcPolicy.Default;
        var oncogenic = OncogenicDefinition.Empty;
        if (texts.TryGetValue("oncogenic.yaml", out var oncogenicText) && Source("oncogenic.yaml") is var oncogenicSource
            && oncogenicSource.Parse(oncogenicText) is { } oncogenicRoot)
        {
            oncogenic = OncogenicReader.Read(oncogenicSource, oncogenicRoot, path => texts.GetValueOrDefault(path));
        }

        var drugs = DrugCatalog.Empty;
        if (texts.TryGetValue("drugs.yaml", out var drugsText) && Source("drugs.yaml") is var drugsSource && drugsSource.Parse(drugsText) is { } drugsRoot)
        {
            drugs = DrugsReader.Read(drugsSource, drugsRoot);
        }

        var rules = new List<Rule>();
        var standards = new List<TumorTypeStandard>();
        foreach (var file in files)
        {
            var source = Source(file);
            if (file.StartsWith("rules/", StringComparison.Ordinal) && source.Parse(texts[file]) is { } ruleRoot)
            {
                rules.AddRange(RuleReader.ReadFile(source, ruleRoot));
            }
            else if (file.StartsWith("standards/", StringComparison.Ordinal) && source.Parse(texts[file]) is { } standardRoot
                && StandardsReader.Read(source, standardRoot) is { } standard)
            {
                standards.Add(standard);
            }
        }

        var knowledgeBase = new KnowledgeBase
        {
            Stamp = new KnowledgeBaseStamp(version ?? "unknown", Hash(files, texts)),
            Rules = rules,
            Standards = standards,
            Oncogenic = oncogenic,
            Qc = qc ?? QcPolicy.Default,
            Drugs = drugs,
        };
        problems.AddRange(new KnowledgeValidator(hierarchy, genes).Validate(knowledgeBase));
        var failed = problems.Any(p => p.Severity == ProblemSeverity.Error);
        return new KnowledgeLoadResult(failed ? null : knowledgeBase, problems);
    }

    /// <summary>The data files, relative to the root with '/' separators, in ordinal order.</summary>
    private static string[] DataFiles(string root)
    {
        var top = TopFiles.Where(f => File.Exists(Path.Combine(root, f)));
        var nested = Folders
            .Where(dir => Directory.Exists(Path.Combine(root, dir)))
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root, dir), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'));
        // The tables oncogenic.yaml cites are data too: a changed hotspot changes what reports say.
        var tables = Directory.Exists(Path.Combine(root, OncogenicTables.Folder))
            ? Directory.EnumerateFiles(Path.Combine(root, OncogenicTables.Folder), "*.tsv", SearchOption.TopDirectoryOnly)
                .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            : [];
        return top.Concat(nested).Concat(tables).Order(StringComparer.Ordinal).ToArray();
    }

    private static string Hash(IEnumerable<string> files, Dictionary<string, string> texts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            // Path and content both count: renaming a rule file changes the base's identity as a set of files.
            sha.AppendData(Encoding.UTF8.GetBytes($"{file}\n{texts[file].Length}\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(texts[file]));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
