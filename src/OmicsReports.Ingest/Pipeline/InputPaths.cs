namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Keeps every path an input names inside the input's folder: a meta file's data_filename, a case list, a panel
/// file, a file or folder found in an imported folder, an unpacked upload. A path that is absolute, climbs out with
/// "..", or passes through a symbolic link that leads elsewhere would let an input make OmicsReports read (and echo
/// in its messages) any file the process can read, so such a path is refused before anything is opened.
/// </summary>
public static class InputPaths
{
    private const int MaxLinkDepth = 32;

    /// <summary>
    /// Why <paramref name="path"/>, given as it will be opened (absolute, or relative to the working directory as
    /// <paramref name="folder"/> may be), is not safely inside <paramref name="folder"/>, in words that complete
    /// "The path ..."; null when it is inside. A path written relative to the folder (a meta file's data_filename) is
    /// combined with it first: combining it again here would misplace every file of a folder given as "../study".
    /// </summary>
    public static string? Escape(string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(path);
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(path);
        if (!Inside(root, full))
        {
            return path.Split('/', Path.DirectorySeparatorChar).Contains("..", StringComparer.Ordinal)
                ? "climbs out of the folder with '..'"
                : "is an absolute path outside the folder";
        }

        var real = RealPath(full, 0);
        return real is not null && Inside(RealPath(root, 0) ?? root, real) ? null : "is a symbolic link (or passes through one) that leads outside the folder";
    }

    private static bool Inside(string root, string full)
    {
        var trimmed = root.TrimEnd(Path.DirectorySeparatorChar);
        return full.Equals(trimmed, StringComparison.Ordinal)
            || full.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it resolved, or null when the links go round in circles.</summary>
    private static string? RealPath(string path, int depth)
    {
        if (depth > MaxLinkDepth)
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                var resolved = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), depth + 1);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
