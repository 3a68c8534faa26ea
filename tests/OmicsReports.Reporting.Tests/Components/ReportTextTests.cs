using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>The label catalogue: human words for every value, no enum names, units and plurals right.</summary>
public partial class ReportTextTests
{
    public static TheoryData<string, string> EveryLabel()
    {
        var data = new TheoryData<string, string>();
        void Add<T>(Func<T, string> label) where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                data.Add($"{typeof(T).Name}.{value}", label(value));
            }
        }

        Add<CopyNumberCall>(ReportText.CopyNumber);
        Add<VariantConsequence>(ReportText.Consequence);
        Add<VariantOrigin>(ReportText.Origin);
        Add<StructuralVariantKind>(ReportText.StructuralKind);
        Add<FusionFrame>(ReportText.Frame);
        Add<IshResult>(ReportText.Ish);
        Add<MsiStatus>(ReportText.Msi);
        Add<QcSeverity>(ReportText.QcSeverity);
        Add<ProblemSeverity>(ReportText.ProblemSeverity);
        Add<Direction>(ReportText.Direction);
        Add<Layer>(ReportText.Layer);
        Add<Sex>(ReportText.Sex);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryLabel))]
    public void Label_OfEveryEnumValue_IsWordsNotAnIdentifier(string value, string label)
    {
        Assert.False(string.IsNullOrWhiteSpace(label), value);
        Assert.False(CamelCase().IsMatch(label), $"{value} reads \"{label}\", an identifier rather than words.");
    }

    [Theory]
    [InlineData(0, "0 genes")]
    [InlineData(1, "1 gene")]
    [InlineData(2, "2 genes")]
    [InlineData(1500, "1,500 genes")]
    public void Count_SaysTheNounInTheRightNumber(int count, string expected) => Assert.Equal(expected, ReportText.Count(count, "gene"));

    [Fact]
    public void Count_WithAnIrregularPlural_UsesIt() => Assert.Equal("2 entries", ReportText.Count(2, "entry", "entries"));

    [Theory]
    [InlineData("TPS", 60.0, null, "60%")]
    [InlineData("percent positive", 5.0, null, "5%")]
    [InlineData("IHC score", 2.0, null, "2+")]
    [InlineData("CPS", 12.0, null, "CPS 12")]
    [InlineData("TPS", null, "negative", "negative")]
    public void ProteinResult_AlwaysCarriesItsUnit(string scoring, double? value, string? category, string expected)
    {
        var marker = new ProteinMarker { Marker = "PD-L1", ScoringSystem = scoring, Value = value, Category = category, Source = new SourceLocation("ihc.tsv", 2) };

        Assert.Equal(expected, ReportText.ProteinResult(marker));
    }

    [Theory]
    [InlineData(Direction.Resistant, ImplicationKind.Therapeutic, 2, "2 drugs to avoid")]
    [InlineData(Direction.Avoid, ImplicationKind.Therapeutic, 1, "1 drug to avoid")]
    [InlineData(Direction.ReduceDose, ImplicationKind.Pharmacogenomic, 2, "2 drugs")]
    [InlineData(Direction.Sensitive, ImplicationKind.Therapeutic, 3, "3 options")]
    public void GroupNoun_OnlyBenefitIsCalledAnOption(Direction direction, ImplicationKind kind, int count, string expected) =>
        Assert.Equal(expected, ReportText.GroupNoun(ReportFixtures.Implication(direction: direction, kind: kind), count));

    // Two capitalised words run together ("DeepDeletion", "InFrame", "NotDone") is how an enum name looks.
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][a-z]+")]
    private static partial Regex CamelCase();
}
