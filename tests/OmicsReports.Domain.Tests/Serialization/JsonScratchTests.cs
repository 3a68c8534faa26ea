using System.Security.Cryptography;
using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Domain.Serialization;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Serialization;

public class JsonScratchTests
{
    // Text the relaxed encoder keeps (≥, µ, ä) and text it escapes (quotes, control characters), a panel set, enums.
    private static OmicsCase Sample(int variants) => Case("LUAD",
        [.. Enumerable.Range(0, variants).Select(i => Variant("EGFR", Substitution("L", 858 + i, "R")) with { Filter = $"≥{i} µ \"ä\"\t" })]) with
    {
        Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "p", new HashSet<string>(["KRAS", "EGFR", "ALK"], StringComparer.Ordinal))]),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_GivesTheSerializersOwnBytes(bool indented)
    {
        var options = indented ? OmicsJson.Indented : OmicsJson.Compact;
        var omicsCase = Sample(3);

        var scratch = JsonScratch.Serialize(omicsCase, options, json => json.ToArray());

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(omicsCase, omicsCase.GetType(), options), scratch);
        Assert.Contains("≥1 µ", System.Text.Encoding.UTF8.GetString(scratch), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ReusedAndNested_EachCallSeesOnlyItsOwnValue()
    {
        var small = Sample(1);
        var large = Sample(5_000); // grows the buffer past what a thread keeps
        var expectedSmall = JsonSerializer.SerializeToUtf8Bytes(small, OmicsJson.Compact);
        var expectedLarge = JsonSerializer.SerializeToUtf8Bytes(large, OmicsJson.Compact);

        var nested = JsonScratch.Serialize(large, OmicsJson.Compact, outer =>
            (Outer: outer.ToArray(), Inner: JsonScratch.Serialize(small, OmicsJson.Compact, inner => inner.ToArray())));
        var again = JsonScratch.Serialize(small, OmicsJson.Compact, json => json.ToArray());

        Assert.True(expectedLarge.Length > 1 << 20);
        Assert.Equal(expectedLarge, nested.Outer);
        Assert.Equal(expectedSmall, nested.Inner);
        Assert.Equal(expectedSmall, again);
    }

    [Fact]
    public void CaseHash_IsTheSha256OfTheCompactJson()
    {
        var omicsCase = Sample(40);

        var expected = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(omicsCase, OmicsJson.Compact)));

        Assert.Equal(expected, CaseHash.Sha256(omicsCase));
        Assert.Equal(expected, CaseHash.Sha256(omicsCase with { }));
    }
}
