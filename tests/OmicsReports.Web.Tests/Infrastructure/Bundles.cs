using System.Text;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>Small native case bundles (docs/formats.md, section 1) written for these tests.</summary>
public static class Bundles
{
    /// <summary>A lung adenocarcinoma bundle for a fresh patient and sample; returns the file name, bytes and sample id.</summary>
    public static (string Name, byte[] Bytes, string SampleId) Lung()
    {
        var id = $"B{Guid.NewGuid():N}"[..16];
        var json = $$"""
            {
              "format": "omicsreports-case-bundle",
              "version": 1,
              "patient": { "id": "{{id}}", "mrn": "{{id}}", "familyName": "Bundle", "givenName": "Test", "sex": "female", "birthDate": "1962-04-03" },
              "specimen": { "sampleId": "{{id}}-T1", "sampleType": "Primary", "tumorPurity": 0.45, "meanCoverage": 612 },
              "tumorType": { "code": "LUAD", "name": "Lung Adenocarcinoma" },
              "profiling": [ { "layer": "small-variants", "panelId": "TEST-8", "genes": ["EGFR", "KRAS", "BRAF", "TP53"] } ],
              "variants": [
                { "gene": "EGFR", "hgvsC": "c.2573T>G", "hgvsP": "p.Leu858Arg", "consequence": "missense_variant", "vaf": 0.31, "depth": 540 },
                { "gene": "TP53", "hgvsC": "c.818G>A", "hgvsP": "p.(R273H)", "consequence": "Missense_Mutation", "vaf": 0.42, "depth": 498 }
              ],
              "tmb": { "value": 4.2, "unit": "mut/Mb" }
            }
            """;
        return ($"{id}.bundle.json", Encoding.UTF8.GetBytes(json), $"{id}-T1");
    }

    /// <summary>A bundle whose third line is not JSON.</summary>
    public static (string Name, byte[] Bytes) Broken() =>
        ("broken.bundle.json", "{\n  \"format\": \"omicsreports-case-bundle\",\n  \"patient\": ]\n}"u8.ToArray());
}
