namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// Deletions, duplications, insertions and deletion-insertions, over one residue ("L858del") or a range
/// ("E746_A750del", "D770_N771insSVD", "E746_S752delinsV").
/// </summary>
internal static class ProteinRanges
{
    /// <summary>
    /// Returns false when no range keyword follows (the caller tries other forms). Returns true once a keyword was
    /// read; <paramref name="change"/> is then null when the rest is malformed.
    /// </summary>
    public static bool TryParse(
        ProteinSyntax syntax, string first, int start, int end, string at, ICollection<string> reasons, out ProteinChange? change)
    {
        var reference = ProteinChangeGrammar.Known(first);
        change = null;
        if (syntax.TryKeyword("delins"))
        {
            change = syntax.TryResidues(out var inserted)
                ? new ProteinChange(ProteinChangeKind.DeletionInsertion, reference, start, end, inserted, $"{at}delins{inserted}")
                : null;
            return true;
        }

        if (syntax.TryKeyword("del"))
        {
            var listed = syntax.TryResidues(out _);
            if (syntax.TryKeyword("ins"))
            {
                // Older "delELREAinsV": the deleted residues are implied by the range.
                change = syntax.TryResidues(out var inserted)
                    ? new ProteinChange(ProteinChangeKind.DeletionInsertion, reference, start, end, inserted, $"{at}delins{inserted}")
                    : null;
                AddIf(listed && change is not null, reasons, "deleted residues omitted");
                return true;
            }

            AddIf(listed, reasons, "deleted residues omitted");
            change = new ProteinChange(ProteinChangeKind.Deletion, reference, start, end, null, $"{at}del");
            return true;
        }

        if (syntax.TryKeyword("dup"))
        {
            AddIf(syntax.TryResidues(out _), reasons, "duplicated residues omitted");
            change = new ProteinChange(ProteinChangeKind.Duplication, reference, start, end, null, $"{at}dup");
            return true;
        }

        if (syntax.TryKeyword("ins"))
        {
            change = syntax.TryResidues(out var inserted)
                ? new ProteinChange(ProteinChangeKind.Insertion, reference, start, end, inserted, $"{at}ins{inserted}")
                : null;
            return true;
        }

        if (end > start && syntax.TryKeyword(">"))
        {
            // Oncotator-era "E746_S752>V".
            change = syntax.TryResidues(out var inserted)
                ? new ProteinChange(ProteinChangeKind.DeletionInsertion, reference, start, end, inserted, $"{at}delins{inserted}")
                : null;
            AddIf(change is not null, reasons, "deletion-insertion written with '>'");
            return true;
        }

        return false;
    }

    private static void AddIf(bool condition, ICollection<string> reasons, string reason)
    {
        if (condition)
        {
            reasons.Add(reason);
        }
    }
}
