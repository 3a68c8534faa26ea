using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>Expands the user's paths into folder units and files, each with its reader.</summary>
internal sealed class ImportPlan(IReadOnlyList<IFormatReader> readers, IReadOnlyList<IFolderReader> folderReaders, ImportSession session)
{
    public List<(string Folder, IFolderReader Reader)> Folders { get; } = [];

    public List<(InputFile File, IFormatReader Reader)> Files { get; } = [];

    public void Add(string path)
    {
        if (Directory.Exists(path))
        {
            AddFolder(path, path);
        }
        else if (File.Exists(path))
        {
            AddFile(path, path, quietWhenUnknown: false);
        }
        else
        {
            session.Error(ImportProblem.Error("missing-input", path, 0, null, "No such file or folder."));
        }
    }

    private void AddFolder(string folder, string shownAs)
    {
        if (folderReaders.FirstOrDefault(r => r.Claims(folder)) is { } folderReader)
        {
            Folders.Add((folder, folderReader));
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.'))
            {
                AddFile(file, Path.Combine(shownAs, name), quietWhenUnknown: true);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (!name.StartsWith('.'))
            {
                AddFolder(sub, Path.Combine(shownAs, name));
            }
        }
    }

    private void AddFile(string path, string shownAs, bool quietWhenUnknown)
    {
        var file = session.Open(path, shownAs);
        if (file is not null && Importer.Detect(readers, file, session, quietWhenUnknown) is { } reader)
        {
            Files.Add((file, reader));
        }
    }
}
