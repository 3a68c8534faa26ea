using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Cbioportal;

/// <summary>
/// cBioPortal's "key: value" files: meta files, case lists and gene panel definitions. Keys are case-sensitive as in
/// cBioPortal; a file may lack its final newline. Lines without a colon are structural errors.
/// </summary>
public sealed class KeyValueFile
{
    private readonly Dictionary<string, (string Value, int Line)> values = new(StringComparer.Ordinal);

    private KeyValueFile(InputFile file) => File = file;

    public InputFile File { get; }

    public string? this[string key] => values.TryGetValue(key, out var entry) ? entry.Value : null;

    public int LineOf(string key) => values.TryGetValue(key, out var entry) ? entry.Line : 0;

    public static KeyValueFile Read(InputFile file, ImportSession session)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        var result = new KeyValueFile(file);
        using var reader = file.OpenText();
        var line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Trim().Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                session.Error("not-key-value", file, line, 1, "Expected a 'key: value' line.");
                continue;
            }

            result.values.TryAdd(text[..colon].Trim(), (text[(colon + 1)..].Trim(), line));
        }

        return result;
    }

    /// <summary>True when the text looks like a key: value file that holds every one of <paramref name="keys"/>.</summary>
    public static bool Holds(FileSniff sniff, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return keys.All(k => sniff.Lines.Any(l => l.StartsWith(k + ":", StringComparison.Ordinal)));
    }

    /// <summary>A tab- (or, in some studies, space-) separated list value such as gene_list or case_list_ids.</summary>
    public IReadOnlyList<string> List(string key) =>
        this[key]?.Split(['\t', ' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
