using System.Text.RegularExpressions;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Words for a conditional implication: the tumour type given is coarser than a rule's scope, so the tier holds only
/// if the tumour is the narrower type. OncoTree encodes WHO CNS grades as child types ("Astrocytoma, IDH-Mutant,
/// Grade 2" under "Astrocytoma, IDH-Mutant"); then the missing piece is the grade, and the report says so.
/// </summary>
public sealed partial class Conditions(ITumorTypeHierarchy hierarchy)
{
    /// <summary>"grade 2 (ASTR2); grade not reported", or "Non-Small Cell Lung Cancer (NSCLC); the tumour type given, Lung (LUNG), is less specific".</summary>
    public string Text(string tumorType, IReadOnlyList<string> narrower)
    {
        ArgumentNullException.ThrowIfNull(narrower);
        var grades = narrower.Select(code => Grade(tumorType, code)).ToArray();
        if (grades.All(g => g is not null))
        {
            return $"{string.Join(" or ", grades.Zip(narrower, (g, c) => $"{g} ({c})"))}; grade not reported";
        }

        return $"{string.Join(" or ", narrower.Select(Named))}; the tumour type given, {Named(tumorType)}, is less specific";
    }

    /// <summary>True when every narrower type differs from the patient's only by a grade.</summary>
    public bool IsGradeOnly(string tumorType, IReadOnlyList<string> narrower) =>
        (narrower ?? throw new ArgumentNullException(nameof(narrower))).All(code => Grade(tumorType, code) is not null);

    private string? Grade(string tumorType, string code)
    {
        var parent = hierarchy.NameOf(tumorType);
        var child = hierarchy.NameOf(code);
        if (parent is null || child is null || !child.StartsWith(parent, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = GradeSuffix().Match(child[parent.Length..]);
        return match.Success ? $"grade {match.Groups[1].Value}" : null;
    }

    private string Named(string code) => hierarchy.NameOf(code) is { } name ? $"{name} ({code})" : code;

    [GeneratedRegex(@"^,\s*Grade\s+(\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeSuffix();
}
