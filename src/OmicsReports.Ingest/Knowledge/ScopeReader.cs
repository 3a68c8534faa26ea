using OmicsReports.Domain.Knowledge;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads "scope:": tumorTypes is a list of OncoTree codes, or "solid" (every solid tumour), or "any"; exclude lists
/// codes the evidence does not cover.
/// </summary>
internal static class ScopeReader
{
    public static RuleScope? Read(YamlSource source, YamlNode? node)
    {
        if (source.Map(node, "scope") is not { } map)
        {
            return null;
        }

        var typesNode = map.Required("tumorTypes", "scope");
        var excluded = source.TextList(map.Optional("exclude"), "exclude");
        map.Finish("scope");
        if (typesNode is null)
        {
            return null;
        }

        var types = source.TextList(typesNode, "tumorTypes");
        var breadth = types switch
        {
            ["solid"] => ScopeBreadth.AllSolidTumors,
            ["any"] => ScopeBreadth.AnyTumor,
            _ => ScopeBreadth.Listed,
        };
        if (breadth == ScopeBreadth.Listed && types.Count == 0)
        {
            source.Error(typesNode, "empty-scope", "tumorTypes needs OncoTree codes, or 'solid', or 'any'.");
            return null;
        }

        return new RuleScope
        {
            Breadth = breadth,
            TumorTypes = breadth == ScopeBreadth.Listed ? types : [],
            Excluded = excluded,
        };
    }
}
