namespace OmicsReports.Domain.Knowledge.Criteria;

/// <summary>Every part must hold, e.g. HER2-positive and RAS wild type.</summary>
public sealed record AllOfCriterion : Criterion
{
    public required IReadOnlyList<Criterion> Parts { get; init; }

    public override IEnumerable<string> Genes => Parts.SelectMany(p => p.Genes);
}

/// <summary>At least one part must hold, e.g. MSI-high or mismatch-repair deficient.</summary>
public sealed record AnyOfCriterion : Criterion
{
    public required IReadOnlyList<Criterion> Parts { get; init; }

    public override IEnumerable<string> Genes => Parts.SelectMany(p => p.Genes);
}

/// <summary>
/// No part may hold, e.g. no KRAS or NRAS mutation. Absence counts only where the genes were profiled: a part on an
/// untested gene leaves the rule undecided and the report recommends the missing test.
/// </summary>
public sealed record NoneOfCriterion : Criterion
{
    public required IReadOnlyList<Criterion> Parts { get; init; }

    public override IEnumerable<string> Genes => Parts.SelectMany(p => p.Genes);
}
