using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// A YAML mapping read key by key. Keys that are never asked for are reported by <see cref="Finish"/>: a misspelt
/// "therapys" must be an error, not a rule without therapies.
/// </summary>
internal sealed class YamlMap(YamlSource source, YamlMappingNode node)
{
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    public YamlMappingNode Node => node;

    public YamlSource Source => source;

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Optional(string key)
    {
        asked.Add(key);
        return Find(key);
    }

    public YamlNode? Required(string key, string what)
    {
        asked.Add(key);
        var value = Find(key);
        if (value is null)
        {
            source.Error(node, "missing-key", $"{what} needs '{key}'.");
        }

        return value;
    }

    /// <summary>Reports every key that was not read, suggesting the intended one where it is a near miss.</summary>
    public void Finish(string what)
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !asked.Contains(name))
            {
                var suggestion = asked.OrderBy(a => Distance(a, name)).FirstOrDefault(a => Distance(a, name) <= 2);
                source.Error(key, "unknown-key", suggestion is null
                    ? $"'{name}' is not a key of {what}; allowed: {string.Join(", ", asked.Order(StringComparer.Ordinal))}."
                    : $"'{name}' is not a key of {what}; did you mean '{suggestion}'?");
            }
        }
    }

    private YamlNode? Find(string key)
    {
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v;
            }
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
