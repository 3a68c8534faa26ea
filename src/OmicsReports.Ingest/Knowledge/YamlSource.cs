using System.Globalization;
using OmicsReports.Domain.Cases;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// One YAML file of the knowledge base and the problems found in it. Every problem names the file, the 1-based
/// line and column of the offending node, and what is wrong, in words a curator can act on.
/// </summary>
internal sealed class YamlSource(string file, List<ImportProblem> problems)
{
    public string File { get; } = file;

    /// <summary>Parses the text; null (with a located error) when it is not well-formed YAML.</summary>
    public YamlNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                problems.Add(ImportProblem.Error("empty-file", File, 0, null, "The file is empty."));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            // The parser's own message starts with its position; keep only what it says is wrong.
            var message = ex.Message.Contains("): ", StringComparison.Ordinal) ? ex.Message[(ex.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : ex.Message;
            problems.Add(ImportProblem.Error("yaml-syntax", File, (int)ex.Start.Line, (int)ex.Start.Column, $"Not valid YAML: {message}"));
            return null;
        }
    }

    public void Error(YamlNode node, string code, string message) =>
        problems.Add(ImportProblem.Error(code, File, (int)node.Start.Line, (int)node.Start.Column, message));

    public void Warning(YamlNode node, string code, string message) =>
        problems.Add(ImportProblem.Warning(code, File, (int)node.Start.Line, (int)node.Start.Column, message));

    public SourceLocation Locate(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public YamlMap? Map(YamlNode? node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(this, mapping);
        }

        if (node is not null)
        {
            Error(node, "expected-mapping", $"{what} must be a mapping of 'key: value' lines.");
        }

        return null;
    }

    public IReadOnlyList<YamlNode> Items(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToArray();
            default:
                Error(node, "expected-list", $"{what} must be a list ('- item' lines or [a, b]).");
                return [];
        }
    }

    public string? Text(YamlNode? node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value.Trim();
        }

        if (node is not null)
        {
            Error(node, "expected-text", $"{what} must be a single value.");
        }

        return null;
    }

    public double? Number(YamlNode? node, string what)
    {
        if (Text(node, what) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node!, "expected-number", $"{what} must be a number, not '{text}'.");
        return null;
    }

    public int? Integer(YamlNode? node, string what) => Number(node, what) switch
    {
        null => null,
        var n when n == Math.Floor(n.Value) => (int)n.Value,
        _ => Fail<int?>(node!, "expected-integer", $"{what} must be a whole number."),
    };

    public DateOnly? Date(YamlNode? node, string what)
    {
        if (Text(node, what) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node!, "expected-date", $"{what} must be a date written yyyy-mm-dd, not '{text}'.");
        return null;
    }

    /// <summary>"true" or "false".</summary>
    public bool? Boolean(YamlNode? node, string what) => Text(node, what) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => Fail<bool?>(node!, "expected-boolean", $"{what} must be true or false, not '{other}'."),
    };

    /// <summary>A list of values, or a single value standing for a list of one.</summary>
    public IReadOnlyList<string> TextList(YamlNode? node, string what) => node switch
    {
        null => [],
        YamlScalarNode => Text(node, what) is { } single ? [single] : [],
        _ => Items(node, what).Select(item => Text(item, what)).OfType<string>().ToArray(),
    };

    /// <summary>A kebab-case word mapped onto an enum member, e.g. "reduce-dose" to ReduceDose.</summary>
    public T? Enum<T>(YamlNode? node, string what)
        where T : struct, System.Enum
    {
        if (Text(node, what) is not { } text)
        {
            return null;
        }

        var pascal = string.Concat(text.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
        if (System.Enum.TryParse<T>(pascal, ignoreCase: false, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(Kebab));
        Error(node!, "unknown-value", $"'{text}' is not a valid {what}; use one of: {allowed}.");
        return null;
    }

    public static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private T Fail<T>(YamlNode node, string code, string message)
    {
        Error(node, code, message);
        return default!;
    }
}
