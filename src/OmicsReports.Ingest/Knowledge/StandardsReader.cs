using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads a tumour type's standard work-up (knowledge/standards/*.yaml): the standard biomarkers by layer and the
/// tests to recommend when they were not assessed.
/// </summary>
internal static class StandardsReader
{
    private static readonly (string Key, Layer Layer)[] GeneLayers =
    [
        ("smallVariants", Layer.SmallVariants), ("copyNumber", Layer.CopyNumber), ("structuralVariants", Layer.StructuralVariants),
    ];

    public static TumorTypeStandard? Read(YamlSource source, YamlNode root)
    {
        if (source.Map(root, "A standards file") is not { } map)
        {
            return null;
        }

        var tumorType = source.Text(map.Required("tumorType", "A standards file"), "tumorType");
        var reviewed = source.Date(map.Required("lastReviewed", "A standards file"), "lastReviewed");
        var references = EvidenceReader.References(source, map.Required("references", "A standards file"));
        var biomarkers = Biomarkers(source, map.Required("biomarkers", "A standards file"));
        var tests = source.Items(map.Optional("tests"), "tests").Select(t => Test(source, t)).ToArray();
        map.Finish("a standards file");
        if (tumorType is null || reviewed is null || biomarkers is null || tests.Any(t => t is null))
        {
            return null;
        }

        return new TumorTypeStandard
        {
            TumorType = tumorType,
            Biomarkers = biomarkers,
            Tests = tests!,
            References = references,
            LastReviewed = reviewed.Value,
            Location = source.Locate(root),
        };
    }

    private static StandardBiomarker[]? Biomarkers(YamlSource source, YamlNode? node)
    {
        if (source.Map(node, "biomarkers") is not { } map)
        {
            return null;
        }

        var list = new List<StandardBiomarker>();
        foreach (var (key, layer) in GeneLayers)
        {
            list.AddRange(source.TextList(map.Optional(key), key).Select(gene => new StandardBiomarker(layer, gene)));
        }

        if (source.Text(map.Optional("msi"), "msi") == "true")
        {
            list.Add(new StandardBiomarker(Layer.Msi, null));
        }

        map.Finish("biomarkers");
        return list.ToArray();
    }

    private static TestRecommendation? Test(YamlSource source, YamlNode node)
    {
        if (source.Map(node, "A test") is not { } map)
        {
            return null;
        }

        var test = source.Text(map.Required("test", "A test"), "test");
        var reason = source.Text(map.Required("reason", "A test"), "reason");
        var when = source.Map(map.Required("whenNotTested", "A test"), "whenNotTested");
        map.Finish("a test");
        if (when is null)
        {
            return null;
        }

        var layer = source.Enum<Layer>(when.Required("layer", "whenNotTested"), "layer");
        var genes = source.TextList(when.Optional("genes"), "genes");
        var marker = source.Text(when.Optional("marker"), "marker");
        var orMarker = source.Text(when.Optional("orMarker"), "orMarker");
        when.Finish("whenNotTested");
        if (layer == Layer.Protein && marker is null)
        {
            source.Error(when.Node, "missing-key", "A protein-layer test needs 'marker', e.g. PD-L1.");
            return null;
        }

        return test is null || reason is null || layer is null ? null
            : new TestRecommendation { Test = test, Reason = reason, Layer = layer.Value, Genes = genes, Marker = marker, OrMarker = orMarker };
    }
}
