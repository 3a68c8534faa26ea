using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Knowledge.Criteria;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>Values inside criteria that have their own small syntax: codon lists and ranges, activity-score bounds.</summary>
internal static partial class CriterionValues
{
    /// <summary>"activityScore: 1" (exactly), or "activityScore: { atLeast: 0, atMost: 0.5 }".</summary>
    internal static (double? Min, double? Max) ActivityScore(YamlSource source, YamlNode? node)
    {
        if (node is YamlScalarNode)
        {
            var exact = source.Number(node, "activityScore");
            return (exact, exact);
        }

        if (source.Map(node, "activityScore") is not { } map)
        {
            return (null, null);
        }

        var range = (source.Number(map.Optional("atLeast"), "atLeast"), source.Number(map.Optional("atMost"), "atMost"));
        map.Finish("activityScore");
        return range;
    }

    /// <summary>"729-761", "12, 13, 61", 12, or a list of these.</summary>
    internal static IReadOnlyList<CodonRange>? Codons(YamlSource source, YamlNode node)
    {
        var texts = node is YamlScalarNode scalar ? (scalar.Value ?? string.Empty).Split(',') : source.TextList(node, "codons").ToArray();
        var ranges = new List<CodonRange>();
        foreach (var text in texts.Select(t => t.Trim()))
        {
            var match = CodonPattern().Match(text);
            if (!match.Success)
            {
                source.Error(node, "bad-codons", $"'{text}' is not a codon or a range; write 12, or 729-761.");
                return null;
            }

            var from = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            if (to < from)
            {
                source.Error(node, "bad-codons", $"The range {text} ends before it starts.");
                return null;
            }

            ranges.Add(new CodonRange(from, to));
        }

        return ranges;
    }

    [GeneratedRegex(@"^(\d+)(?:\s*-\s*(\d+))?$")]
    private static partial Regex CodonPattern();
}
