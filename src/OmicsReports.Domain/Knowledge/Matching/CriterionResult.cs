using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// Three-valued outcome: a criterion holds, does not hold, or cannot be decided because what it looks at was not
/// tested. "Not detected" (False) and "not tested" (Unknown) are never the same.
/// </summary>
public enum Truth
{
    False,
    True,
    Unknown,
}

/// <summary>How precisely a rule matched, most specific last; see <see cref="MatchSpecificityComparer"/>.</summary>
public enum MatchSpecificity
{
    /// <summary>Any qualifying alteration of the gene ("oncogenic or truncating").</summary>
    Gene,

    /// <summary>An exon or an alteration class: EGFR exon 19 deletion, ERBB2 amplification, ALK fusion (any partner).</summary>
    ExonOrClass,

    /// <summary>A codon or a codon range: KRAS G12, EGFR codons 729-761.</summary>
    CodonRange,

    /// <summary>An exact protein change, a named fusion, or a measured biomarker (TMB, MSI, IHC, PGx phenotype).</summary>
    Exact,
}

/// <summary>Orders specificities most specific first: protein change, then codon range, then exon/class, then gene.</summary>
public sealed class MatchSpecificityComparer : IComparer<MatchSpecificity>
{
    public static MatchSpecificityComparer MostSpecificFirst { get; } = new();

    public int Compare(MatchSpecificity x, MatchSpecificity y) => ((int)y).CompareTo((int)x);
}

/// <summary>
/// Something a rule needed that the case did not test: a gene in a layer, or a whole-sample biomarker. With
/// <paramref name="Unreliable"/> it was tested and found normal, but the specimen cannot carry the negative
/// (the text says why, e.g. "tumour purity 15% is below 20%").
/// </summary>
public sealed record Untested(Layer Layer, string? What, string? Unreliable = null)
{
    public override string ToString() => What is null ? Layer.ToString() : $"{What} ({Layer})";
}

/// <summary>The outcome of evaluating one criterion against one case, with the findings that made it hold.</summary>
public sealed record CriterionResult(
    Truth Truth,
    MatchSpecificity Specificity,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Untested> Untested)
{
    public static CriterionResult False { get; } = new(Truth.False, MatchSpecificity.Gene, [], []);

    public static CriterionResult NotTested(Layer layer, string? what) =>
        new(Truth.Unknown, MatchSpecificity.Gene, [], [new Untested(layer, what)]);

    public static CriterionResult Holds(MatchSpecificity specificity, IReadOnlyList<Finding> findings) =>
        new(Truth.True, specificity, findings, []);
}
