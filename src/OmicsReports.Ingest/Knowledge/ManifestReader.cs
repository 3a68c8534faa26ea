using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>Reads manifest.yaml (the version) and qc.yaml (thresholds with their sources).</summary>
internal static class ManifestReader
{
    public static string? Read(YamlSource source, string text)
    {
        if (source.Map(source.Parse(text), "manifest.yaml") is not { } map)
        {
            return null;
        }

        var version = source.Text(map.Required("version", "manifest.yaml"), "version");
        source.Date(map.Required("released", "manifest.yaml"), "released");
        source.Text(map.Optional("oncotree"), "oncotree");
        source.Text(map.Optional("description"), "description");
        map.Finish("manifest.yaml");
        return version;
    }

    public static QcPolicy? ReadQc(YamlSource source, string text)
    {
        if (source.Map(source.Parse(text), "qc.yaml") is not { } map)
        {
            return null;
        }

        var purity = source.Number(map.Required("minimumPurity", "qc.yaml"), "minimumPurity");
        var coverage = source.Number(map.Required("minimumMeanCoverage", "qc.yaml"), "minimumMeanCoverage");
        var references = EvidenceReader.References(source, map.Required("references", "qc.yaml"));
        map.Finish("qc.yaml");
        if (purity is < 0 or > 1)
        {
            source.Error(map.Node, "bad-purity", "minimumPurity is a fraction between 0 and 1, e.g. 0.2 for 20%.");
            return null;
        }

        return purity is null || coverage is null ? null : new QcPolicy(purity.Value, coverage.Value, references);
    }
}
