using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads "therapies:" and "setting:". A regimen is one drug ("osimertinib"), a list of drugs given together
/// ("[amivantamab, lazertinib]"), or a mapping with its own setting and preference
/// ("{ drugs: [encorafenib, cetuximab], setting: later-line, preferred: true }"). A setting is a line
/// ("first-line") or a mapping with the prior therapies a later line requires
/// ("{ line: later-line, after: [egfr-tki, platinum] }").
/// </summary>
internal static class TherapyReader
{
    public static Regimen[]? Therapies(YamlSource source, YamlNode? node)
    {
        var regimens = new List<Regimen>();
        foreach (var item in source.Items(node, "therapies"))
        {
            var regimen = item is YamlMappingNode ? Mapped(source, item) : Plain(source, item);
            if (regimen is null)
            {
                return null;
            }

            regimens.Add(regimen);
        }

        return regimens.ToArray();
    }

    public static TherapySetting? Setting(YamlSource source, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode)
        {
            return source.Enum<TherapyLine>(node, "setting") is { } line ? new TherapySetting(line, []) : null;
        }

        if (source.Map(node, "setting") is not { } map)
        {
            return null;
        }

        var lineOf = source.Enum<TherapyLine>(map.Required("line", "setting"), "setting line");
        var after = source.TextList(map.Optional("after"), "after");
        map.Finish("setting");
        if (lineOf is not { } value)
        {
            return null;
        }

        if (after.Count > 0 && value is not (TherapyLine.LaterLine or TherapyLine.Maintenance))
        {
            source.Error(node, "after-without-later-line", "Only a later-line or maintenance setting names prior therapies ('after').");
            return null;
        }

        return new TherapySetting(value, after);
    }

    private static Regimen? Plain(YamlSource source, YamlNode item)
    {
        var drugs = source.TextList(item, "therapy");
        return Checked(source, item, drugs) ? new Regimen(drugs) : null;
    }

    private static Regimen? Mapped(YamlSource source, YamlNode item)
    {
        var map = source.Map(item, "A regimen")!;
        var drugs = source.TextList(map.Required("drugs", "A regimen"), "drugs");
        var setting = Setting(source, map.Optional("setting"));
        var preferred = source.Boolean(map.Optional("preferred"), "preferred");
        map.Finish("a regimen");
        return Checked(source, item, drugs) ? new Regimen(drugs) { Setting = setting, Preferred = preferred } : null;
    }

    private static bool Checked(YamlSource source, YamlNode item, IReadOnlyList<string> drugs)
    {
        foreach (var drug in drugs.Where(d => !string.Equals(d, d.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            source.Error(item, "therapy-case", $"Write drug names as lower-case generic names: '{drug.ToLowerInvariant()}', not '{drug}'.");
            return false;
        }

        return drugs.Count > 0;
    }
}
