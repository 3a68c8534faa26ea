using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// Numbers the report's distinct references in order of first citation, so that the details can cite "[3]" and the
/// reference list at the end reads the same numbers.
/// </summary>
public sealed class ReferenceIndex
{
    private readonly Dictionary<(string Kind, string Id), int> numbers = [];
    private readonly List<Reference> ordered = [];

    public ReferenceIndex(IEnumerable<Implication> implications)
    {
        ArgumentNullException.ThrowIfNull(implications);
        foreach (var reference in implications.SelectMany(i => i.References))
        {
            var key = Key(reference);
            if (!numbers.ContainsKey(key))
            {
                ordered.Add(reference);
                numbers[key] = ordered.Count;
            }
        }
    }

    public IReadOnlyList<Reference> Ordered => ordered;

    public int NumberOf(Reference reference) => numbers[Key(reference)];

    private static (string, string) Key(Reference reference) =>
        (reference.Kind.ToUpperInvariant(), reference.Id.ToUpperInvariant());
}
