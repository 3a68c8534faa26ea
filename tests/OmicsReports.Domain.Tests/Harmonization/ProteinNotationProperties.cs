using FsCheck;
using FsCheck.Fluent;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class ProteinNotationProperties
{
    // Fragments of real notation, so that random strings reach deep into the grammar instead of failing on the
    // first character.
    private static readonly string[] Fragments =
    [
        "p.", "(", ")", ":", "_", "*", "=", "?", "-", ">", "%3D", "%3d", "fs", "del", "ins", "delins", "dup", "ext",
        "splice", "_splice", "Ter", "Val", "Glu", "Xaa", "V", "E", "X", "M", "1", "0", "600", "99999999", " ", "ENSP1.2",
    ];

    [Fact]
    public void Parse_AnyString_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var parsed = ProteinNotation.TryParse(text, out var change, out _);
            return parsed == (change is not null);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Parse_NotationLikeString_NeverThrowsAndRoundTrips()
    {
        var notationLike = Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary();

        Prop.ForAll(notationLike, text =>
        {
            if (ProteinNotation.TryParse(text, out var change, out _))
            {
                // Whatever was accepted, its canonical form must read back to the same change.
                var again = ProteinNotation.Parse(change!.Hgvs);
                return again == change;
            }

            return change is null;
        }).QuickCheckThrowOnFailure();
    }
}
