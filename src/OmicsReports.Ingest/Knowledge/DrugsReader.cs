using OmicsReports.Domain.Knowledge.Therapies;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads knowledge/drugs.yaml: "classes" maps a class id to its name in words ("egfr-tki: an EGFR tyrosine kinase
/// inhibitor"); "drugs" maps each lower-case generic name to its role and classes
/// ("osimertinib: { role: targeted, classes: [egfr-tki] }"). Classes a drug names must be defined.
/// </summary>
internal static class DrugsReader
{
    public static DrugCatalog Read(YamlSource source, YamlNode root)
    {
        if (source.Map(root, "drugs.yaml") is not { } map)
        {
            return DrugCatalog.Empty;
        }

        var classes = new Dictionary<string, DrugClass>(StringComparer.Ordinal);
        if (source.Map(map.Required("classes", "drugs.yaml"), "classes") is { } classMap)
        {
            foreach (var (key, value) in classMap.Node.Children)
            {
                if (source.Text(key, "class id") is { } id && source.Text(value, $"the name of class {id}") is { } name && !classes.TryAdd(id, new DrugClass(id, name)))
                {
                    source.Error(key, "duplicate-class", $"Drug class {id} is defined twice.");
                }
            }
        }

        var drugs = new Dictionary<string, DrugInfo>(StringComparer.Ordinal);
        if (source.Map(map.Required("drugs", "drugs.yaml"), "drugs") is { } drugMap)
        {
            foreach (var (key, value) in drugMap.Node.Children)
            {
                if (source.Text(key, "drug") is { } drug && Drug(source, drug, value, classes) is { } info && !drugs.TryAdd(drug, info))
                {
                    source.Error(key, "duplicate-drug", $"Drug {drug} is listed twice.");
                }
            }
        }

        map.Finish("drugs.yaml");
        return new DrugCatalog(drugs, classes);
    }

    private static DrugInfo? Drug(YamlSource source, string drug, YamlNode node, Dictionary<string, DrugClass> classes)
    {
        if (!string.Equals(drug, drug.ToLowerInvariant(), StringComparison.Ordinal))
        {
            source.Error(node, "therapy-case", $"Write drug names as lower-case generic names: '{drug.ToLowerInvariant()}', not '{drug}'.");
            return null;
        }

        if (source.Map(node, $"Drug {drug}") is not { } map)
        {
            return null;
        }

        var role = source.Enum<DrugRole>(map.Required("role", $"Drug {drug}"), "drug role");
        var memberOf = source.TextList(map.Optional("classes"), "classes");
        map.Finish($"drug {drug}");
        foreach (var unknown in memberOf.Where(c => !classes.ContainsKey(c)))
        {
            source.Error(node, "unknown-class", $"Drug {drug} names class {unknown}, which drugs.yaml does not define under 'classes'.");
        }

        return role is { } value ? new DrugInfo(drug, value, memberOf) : null;
    }
}
