using System.IO.Compression;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>What an uploaded zip archive may hold at most.</summary>
/// <param name="MaxUnpackedBytes">Bytes written when unpacking, counted as they are written (declared sizes can lie).</param>
/// <param name="MaxEntries">Files and folders in the archive.</param>
public sealed record ArchiveLimits(long MaxUnpackedBytes, int MaxEntries);

/// <summary>
/// Unpacks an uploaded zip archive (a cBioPortal study) into a folder, refusing the whole archive, before or while
/// writing, when an entry would land outside that folder ("zip slip": an absolute name or a "..") or is a symbolic
/// link, when it holds another archive (which would escape the limits and the checks below), or when the entries
/// or the bytes they unpack to exceed <see cref="ArchiveLimits"/> (a "zip bomb").
/// </summary>
public static class UploadArchive
{
    private static readonly string[] ArchiveSuffixes = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tar.xz", ".7z", ".rar", ".jar"];

    /// <summary>Unpacks <paramref name="archive"/> into <paramref name="target"/>; a problem (and a removed target) when refused.</summary>
    /// <param name="shownAs">The archive's name as the user uploaded it, for messages.</param>
    public static ImportProblem? Extract(string archive, string shownAs, string target, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var zip = ZipFile.OpenRead(archive);
            var problem = Check(zip, limits) ?? Unpack(zip, target, limits);
            if (problem is not null && Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            return problem is null ? null : ImportProblem.Error("upload", shownAs, 0, null, problem);
        }
        catch (InvalidDataException ex)
        {
            return ImportProblem.Error("upload", shownAs, 0, null, $"The zip archive cannot be read: {ex.Message}");
        }
    }

    /// <summary>Checks the directory of the archive before anything is written.</summary>
    private static string? Check(ZipArchive zip, ArchiveLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return $"The zip archive holds {zip.Entries.Count:N0} entries; at most {limits.MaxEntries:N0} are accepted.";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (!names.Add(name))
            {
                return $"The zip archive holds two entries named '{entry.FullName}'; which one is meant cannot be told.";
            }

            if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || name.Split('/').Contains(".."))
            {
                return $"The zip entry '{entry.FullName}' would be unpacked outside the archive's folder (an absolute path or '..', known as zip slip); nothing was unpacked.";
            }

            if (IsSymbolicLink(entry))
            {
                return $"The zip entry '{entry.FullName}' is a symbolic link; links are not accepted in uploads. Zip the files themselves.";
            }

            if (ArchiveSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                return $"The zip archive contains another archive ('{entry.FullName}'); unpack it and upload its files instead.";
            }
        }

        var declared = zip.Entries.Sum(e => e.Length);
        return declared > limits.MaxUnpackedBytes ? TooLarge(limits) : null;
    }

    /// <summary>Writes each entry, counting the bytes actually unpacked against the limit.</summary>
    private static string? Unpack(ZipArchive zip, string target, ArchiveLimits limits)
    {
        var root = Directory.CreateDirectory(target).FullName;
        long written = 0;
        var buffer = new byte[1 << 16];
        foreach (var entry in zip.Entries)
        {
            var destination = Path.GetFullPath(Path.Combine(root, entry.FullName.Replace('\\', '/')));
            if (InputPaths.Escape(root, destination) is not null)
            {
                return $"The zip entry '{entry.FullName}' would be unpacked outside the archive's folder (zip slip); nothing was unpacked.";
            }

            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                Directory.CreateDirectory(destination);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using var input = entry.Open();
            using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
            var head = true;
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (head && read >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && buffer[2] == 3 && buffer[3] == 4)
                {
                    return $"The zip archive contains another archive ('{entry.FullName}'); unpack it and upload its files instead.";
                }

                head = false;
                written += read;
                if (written > limits.MaxUnpackedBytes)
                {
                    return TooLarge(limits);
                }

                output.Write(buffer, 0, read);
            }
        }

        return null;
    }

    /// <summary>Unix zip tools keep the file mode in the high half of the external attributes; 0xA000 is a link.</summary>
    private static bool IsSymbolicLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    private static string TooLarge(ArchiveLimits limits) =>
        $"The zip archive unpacks to more than {limits.MaxUnpackedBytes / 1024 / 1024:N0} MB, the most one upload may hold; import it in parts.";
}
