using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace OmicsReports.Reporting.Theme;

/// <summary>
/// The custom properties of wwwroot/tokens.css (<c>--omics-accent: #1f4e79;</c>), read from the copy embedded in this
/// assembly. tokens.css stays the one source of colours and type: the PDF inlines the file, and the screen's MudTheme
/// is built from these values.
/// </summary>
public sealed partial class DesignTokens
{
    private readonly FrozenDictionary<string, string> values;

    private DesignTokens(FrozenDictionary<string, string> values) => this.values = values;

    /// <summary>The tokens of the shipped tokens.css.</summary>
    public static DesignTokens Shipped { get; } = Parse(ReadShipped());

    public IReadOnlyCollection<string> Names => values.Keys;

    /// <summary>The value of a token named without its leading dashes ("accent", "text-lg").</summary>
    public string this[string name] => values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"tokens.css defines no --omics-{name}; the theme and the stylesheet disagree.");

    public static DesignTokens Parse(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Declaration().Matches(css))
        {
            found[match.Groups["name"].Value] = match.Groups["value"].Value.Trim();
        }

        return new DesignTokens(found.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A font stack as a list of family names, without the quotes CSS needs.</summary>
    public IReadOnlyList<string> FontFamilies(string name) =>
        this[name].Split(',').Select(f => f.Trim().Trim('"', '\'')).Where(f => f.Length > 0).ToList();

    private static string ReadShipped()
    {
        using var stream = typeof(DesignTokens).Assembly.GetManifestResourceStream(Print.PrintStylesheet.TokensResource)
            ?? throw new InvalidOperationException("tokens.css is not embedded in OmicsReports.Reporting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"--omics-(?<name>[a-z0-9-]+)\s*:\s*(?<value>[^;]+);")]
    private static partial Regex Declaration();
}
