using System.Globalization;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Finds a session's Chromium processes through /proc (Linux): the browser by the instance tag in its command line,
/// then its renderers and helpers as descendants. Used to report memory and, in tests, to kill the browser.
/// </summary>
internal static class ChromiumProcesses
{
    /// <summary>The browser process carrying <paramref name="instanceTag"/>, or null (not Linux, or not running).</summary>
    public static int? FindBrowser(string instanceTag)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var pid in AllProcessIds())
        {
            var commandLine = Read($"/proc/{pid}/cmdline");
            // Children copy few switches, but to be sure take the process that is not a --type= helper.
            if (commandLine is not null && commandLine.Contains(instanceTag, StringComparison.Ordinal) &&
                !commandLine.Contains("--type=", StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>The process and all its descendants.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var pid in AllProcessIds())
        {
            if (ParentOf(pid) is { } parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(children.GetValueOrDefault(tree[i]) ?? []);
        }

        return tree;
    }

    /// <summary>
    /// Memory the processes hold together: the sum of their proportional set sizes (Pss), where a page shared by n
    /// processes counts 1/n in each; summing resident sizes (VmRSS) would count Chromium's shared pages once per
    /// process. Falls back to VmRSS where smaps_rollup is missing.
    /// </summary>
    public static long ResidentBytes(IEnumerable<int> pids) => pids.Sum(pid =>
        Kilobytes(Read($"/proc/{pid}/smaps_rollup"), "Pss:") ?? Kilobytes(Read($"/proc/{pid}/status"), "VmRSS:") ?? 0) * 1024;

    private static long? Kilobytes(string? table, string key)
    {
        var line = table?.Split('\n').FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? null : long.Parse(kb, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<int> AllProcessIds() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0);

    private static int? ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
        var stat = Read($"/proc/{pid}/stat");
        var fields = stat?[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 1 } && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended while we looked
        }
    }
}
