using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Summary;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// Claims about carry-over, settings, prior therapies, conditions, contradictions and the summary cards, described
/// in tests/cases/README.md. Returns null when the item is not one of these, "" when it holds, or the failure.
/// </summary>
public static class TherapyExpectations
{
    private static readonly (string Word, TherapyLine Line)[] Lines =
    [
        ("first-line", TherapyLine.FirstLine), ("any-line", TherapyLine.AnyLine), ("maintenance", TherapyLine.Maintenance),
        ("later-line", TherapyLine.LaterLine), ("adjuvant", TherapyLine.Adjuvant), ("neoadjuvant", TherapyLine.Neoadjuvant),
    ];

    public static string? Failure(string item, OmicsReport r)
    {
        var words = item.Split(' ', 2);
        var rest = words.Length > 1 ? words[1] : string.Empty;
        return (words[0], rest) switch
        {
            ("carried", _) when rest.Split(" from ") is [var regimen, var code] => Check(
                Expectations.Find(r, regimen).Any(i => i.CarriedOver && i.SourceTumorTypes.Any(t => t.Contains($"({code})", StringComparison.Ordinal))),
                "not carried over from that tumour type"),
            ("carried", _) => Check(Expectations.Find(r, rest).Any(i => i.CarriedOver), "not carried over"),
            ("not", _) when rest.StartsWith("carried ", StringComparison.Ordinal) => Check(
                r.NotCarriedOver.Any(n => Same(n.Therapies, rest["carried ".Length..])), "not listed among the regimens kept out"),
            ("on-label", _) => Check(Expectations.Find(r, rest).Any(i => !i.CarriedOver && i.Direction == Direction.Sensitive), "no on-label option"),
            var (word, regimen) when Lines.Any(l => l.Word == word) => Check(
                Expectations.Find(r, regimen).Any(i => i.Setting?.Line == Lines.Single(l => l.Word == word).Line), $"no {word} option"),
            ("preferred", _) => Check(Expectations.Find(r, rest).Any(i => i.Preferred), "not preferred"),
            ("received", _) => Check(Expectations.Find(r, rest).Any(i => i.PriorTherapy?.Received.Count > 0), "not marked as already received"),
            ("not", _) when rest.StartsWith("received ", StringComparison.Ordinal) => Check(
                !Expectations.Find(r, rest["received ".Length..]).Any(i => i.PriorTherapy?.Received.Count > 0), "marked as already received"),
            ("eligible", _) => Check(Expectations.Find(r, rest).Any(i => i.PriorTherapy?.RequirementMet == true), "not marked eligible"),
            ("not", _) when rest.StartsWith("eligible ", StringComparison.Ordinal) => Check(
                Expectations.Find(r, rest["eligible ".Length..]).Any(i => i.PriorTherapy?.RequirementMet == false), "not marked as lacking its prior therapy"),
            ("acquired", _) => Check(Expectations.Find(r, rest).Any(i => i.Direction == Direction.Resistant && i.PriorTherapy?.Received.Count > 0),
                "not read as acquired resistance"),
            ("conditional", _) when rest.Split(' ') is [.., var tier] && Enum.TryParse<EvidenceTier>(tier, out var expected) => Check(
                Expectations.Find(r, rest[..^(tier.Length + 1)]).Any(i => i.Condition is not null && i.Tier == expected), $"no implication conditional at tier {tier}"),
            ("contradicted", _) => Check(
                r.Implications.Any(i => i.Therapies.Contains(rest) && i.Direction == Direction.Sensitive && i.ContradictedBy is not null
                    && i.Tier is not (EvidenceTier.IA or EvidenceTier.IB)), "no sensitivity contradicted and demoted below tier I"),
            ("cards", _) => Cards(r, rest),
            ("named", _) => Check(SummaryLayout.Of(r).Therapies.Any(c => Same(r.Implications[c.Named].Therapies, rest)), "no therapy card names it"),
            ("first", _) when rest.StartsWith("card ", StringComparison.Ordinal) => Check(
                SummaryLayout.Of(r).Therapies is [var first, ..] && Same(r.Implications[first.Named].Therapies, rest["card ".Length..]), "not named by the first therapy card"),
            ("order", _) when rest.Split(" < ") is [var a, var b] => Order(r, a, b),
            _ => null,
        };
    }

    /// <summary>"cards 3" (exactly) or "cards at most 6": therapy cards on the summary.</summary>
    private static string Cards(OmicsReport r, string rest)
    {
        var count = SummaryLayout.Of(r).TherapyCardCount;
        return rest.StartsWith("at most ", StringComparison.Ordinal)
            ? Check(count <= int.Parse(rest["at most ".Length..], System.Globalization.CultureInfo.InvariantCulture), $"{count} therapy cards")
            : Check(count == int.Parse(rest, System.Globalization.CultureInfo.InvariantCulture), $"{count} therapy cards");
    }

    /// <summary>"order A < B": the card naming or holding A comes before the card holding B.</summary>
    private static string Order(OmicsReport r, string a, string b)
    {
        var cards = SummaryLayout.Of(r).Therapies.Concat(SummaryLayout.Of(r).Against).ToArray();
        int Position(string regimen) => Array.FindIndex(cards, c => c.Options.Any(o => Same(r.Implications[o].Therapies, regimen)));
        var (pa, pb) = (Position(a), Position(b));
        return Check(pa >= 0 && pb >= 0 && pa < pb, $"card positions {pa} and {pb}");
    }

    private static bool Same(IReadOnlyList<string> therapies, string regimen) =>
        therapies.Order(StringComparer.Ordinal).SequenceEqual(regimen.Split('+', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Check(bool holds, string failure) => holds ? string.Empty : failure;
}
