namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>A knowledge-base folder in the temp directory, deleted on dispose; optionally a copy of the shipped one.</summary>
public sealed class TemporaryKnowledgeBase : IDisposable
{
    public const string Manifest = "version: 9.9.9\nreleased: 2026-11-21\n";

    public TemporaryKnowledgeBase(bool copyShipped = false)
    {
        Folder = Path.Combine(Path.GetTempPath(), "omics-kb-" + Guid.NewGuid().ToString("N"), "knowledge");
        Directory.CreateDirectory(Folder);
        if (copyShipped)
        {
            foreach (var file in Directory.EnumerateFiles(ShippedKnowledgeBase.Folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Folder, Path.GetRelativePath(ShippedKnowledgeBase.Folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        else
        {
            Write("manifest.yaml", Manifest);
        }
    }

    public string Folder { get; }

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Replace(string relative, string oldText, string newText)
    {
        var path = Path.Combine(Folder, relative);
        var text = File.ReadAllText(path);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relative} does not contain '{oldText}'.");
        }

        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
}
