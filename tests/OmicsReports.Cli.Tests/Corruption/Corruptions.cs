using System.Text;
using System.Text.RegularExpressions;

namespace OmicsReports.Cli.Tests.Corruption;

/// <summary>The classes of damage the corruption test applies, each to one file of a copied input.</summary>
public enum CorruptionKind
{
    /// <summary>The file cut at a random offset inside a line (a compressed file anywhere).</summary>
    Truncate,

    /// <summary>One cell of one line removed, shifting the cells after it.</summary>
    DropCell,

    /// <summary>One column repeated on every line: its header name appears twice.</summary>
    DuplicateColumn,

    /// <summary>One number (a whole tab-separated cell, or a JSON number) replaced by garbage.</summary>
    GarbleNumber,

    /// <summary>A study path that leads out of the study folder: absolute or "../" data_filename, or a link out.</summary>
    PathEscape,
}

/// <summary>One corruption: which kind, and random choices (fractions 0..1) that pick the file, line, cell and garbage.</summary>
public sealed partial record Corruption(CorruptionKind Kind, double File, double Where, double Which, int Variant)
{
    /// <summary>Written outside the input folder for path escapes; must never reach any message.</summary>
    public const string Secret = "SECRET-OTHER-PATIENT-DATA";

    private static readonly string[] Garbage = ["1O0", "12..5", "4,2", "0x1F", "--3", "1e4e4", "7½", "3 4"];

    /// <summary>Applies the corruption to the copied input under <paramref name="root"/> (its parent gets the decoy).</summary>
    public void Apply(string root, IReadOnlyList<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : new[] { p })
            .Where(f => IsData(f) && (Kind is CorruptionKind.Truncate or CorruptionKind.GarbleNumber || IsTable(f))).ToList();
        if (Kind == CorruptionKind.PathEscape)
        {
            Escape(root, paths[0]);
            return;
        }

        if (files.Count == 0)
        {
            return;
        }

        var target = files[Math.Min(files.Count - 1, (int)(File * files.Count))];
        var bytes = System.IO.File.ReadAllBytes(target);
        System.IO.File.WriteAllBytes(target, Kind switch
        {
            CorruptionKind.Truncate => Truncated(bytes, target.EndsWith(".gz", StringComparison.Ordinal)),
            CorruptionKind.DropCell => Encoding.UTF8.GetBytes(DropCell(Encoding.UTF8.GetString(bytes))),
            CorruptionKind.DuplicateColumn => Encoding.UTF8.GetBytes(DuplicateColumn(Encoding.UTF8.GetString(bytes))),
            _ => target.EndsWith(".gz", StringComparison.Ordinal) ? bytes : Encoding.UTF8.GetBytes(GarbleNumber(Encoding.UTF8.GetString(bytes), target)),
        });
    }

    /// <summary>
    /// Data files, not a study's meta files and case lists: those are "key: value" files that cBioPortal itself writes
    /// without a final line break, so a cut one cannot be told from a whole one (docs/formats.md).
    /// </summary>
    private static bool IsData(string path) =>
        !Path.GetFileName(path).StartsWith("meta_", StringComparison.Ordinal) && !path.Contains("case_lists", StringComparison.Ordinal);

    /// <summary>Tab-separated files (not JSON or compressed files).</summary>
    private static bool IsTable(string path) =>
        !path.EndsWith(".json", StringComparison.Ordinal) && !path.EndsWith(".gz", StringComparison.Ordinal);

    /// <summary>A cut inside a line: never right after a line break, which would leave a shorter but whole file.</summary>
    private byte[] Truncated(byte[] bytes, bool compressed)
    {
        var cut = Math.Clamp((int)(Where * bytes.Length), 1, Math.Max(1, bytes.Length - 1));
        while (!compressed && cut > 1 && (bytes[cut - 1] == '\n' || bytes[cut - 1] == '\r'))
        {
            cut--;
        }

        return bytes[..cut];
    }

    private string DropCell(string text)
    {
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains('\t') && !lines[i].StartsWith("##", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var index = candidates[Math.Min(candidates.Count - 1, (int)(Where * candidates.Count))];
        var cells = lines[index].Split('\t').ToList();
        cells.RemoveAt(Math.Min(cells.Count - 1, (int)(Which * cells.Count)));
        lines[index] = string.Join('\t', cells);
        return string.Join('\n', lines);
    }

    private string DuplicateColumn(string text)
    {
        var lines = text.Split('\n');
        var header = lines.FirstOrDefault(l => l.Contains('\t') && !l.StartsWith("##", StringComparison.Ordinal));
        if (header is null)
        {
            return text;
        }

        var column = Math.Min(header.Split('\t').Length - 1, (int)(Which * header.Split('\t').Length));
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split('\t').ToList();
            if (!lines[i].StartsWith("##", StringComparison.Ordinal) && cells.Count > column)
            {
                cells.Insert(column, cells[column].TrimEnd('\r'));
                lines[i] = string.Join('\t', cells);
            }
        }

        return string.Join('\n', lines);
    }

    private string GarbleNumber(string text, string path)
    {
        var matches = (path.EndsWith(".json", StringComparison.Ordinal) ? JsonNumber() : NumericCell()).Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var match = matches[Math.Min(matches.Count - 1, (int)(Where * matches.Count))];
        var group = match.Groups["n"];
        return string.Concat(text.AsSpan(0, group.Index), Garbage[Variant % Garbage.Length], text.AsSpan(group.Index + group.Length));
    }

    /// <summary>Makes the study read a file outside its folder, in one of four ways.</summary>
    private void Escape(string root, string study)
    {
        var decoy = Path.Combine(root, "outside", "data.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(decoy)!);
        System.IO.File.WriteAllText(decoy, $"Hugo_Symbol\tTumor_Sample_Barcode\tSECRET\n{Secret}\t{Secret}\t{Secret}\n");
        var metas = Directory.GetFiles(study, "meta_*.txt").Where(m => System.IO.File.ReadAllText(m).Contains("data_filename", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var meta = metas[Math.Min(metas.Count - 1, (int)(Which * metas.Count))];
        var dataName = DataFilename().Match(System.IO.File.ReadAllText(meta)).Groups["name"].Value.Trim();
        switch (Variant % 4)
        {
            case 0:
                System.IO.File.WriteAllText(meta, DataFilename().Replace(System.IO.File.ReadAllText(meta), $"data_filename: {decoy}"));
                break;
            case 1:
                System.IO.File.WriteAllText(meta, DataFilename().Replace(System.IO.File.ReadAllText(meta), "data_filename: ../outside/data.txt"));
                break;
            case 2:
                System.IO.File.Delete(Path.Combine(study, dataName));
                System.IO.File.CreateSymbolicLink(Path.Combine(study, dataName), decoy);
                break;
            default:
                Directory.CreateDirectory(Path.Combine(study, "case_lists"));
                System.IO.File.CreateSymbolicLink(Path.Combine(study, "case_lists", "cases_outside.txt"), decoy);
                break;
        }
    }

    [GeneratedRegex(@"(?m)(?<=^|\t)(?<n>-?\d+(\.\d+)?([eE][-+]?\d+)?)(?=\r?$|\t)")]
    private static partial Regex NumericCell();

    [GeneratedRegex(@"(?<=[:\[,]\s*)(?<n>-?\d+(\.\d+)?([eE][-+]?\d+)?)(?=\s*[,\]}])")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"(?m)^data_filename:(?<name>.*)$")]
    private static partial Regex DataFilename();
}
