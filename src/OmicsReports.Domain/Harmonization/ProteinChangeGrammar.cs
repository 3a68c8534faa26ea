namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// The HGVS protein grammar (https://hgvs-nomenclature.org, protein section) plus the older spellings that MAF
/// files still carry: "X" for stop, "H157H" for a silent change, "*757W" for stop loss, listed deleted residues,
/// "E746_S752>V" for delins, and cBioPortal's "X1010_splice". Bodies come without "p." and parentheses.
/// </summary>
internal static class ProteinChangeGrammar
{
    public static ProteinChange? Parse(string body, ICollection<string> reasons)
    {
        var syntax = new ProteinSyntax(body);
        if (!syntax.TryResidue(out var first) || !syntax.TryPosition(out var start))
        {
            return null;
        }

        ProteinChange? change;
        if (syntax.TryKeyword("_splice") || syntax.TryKeyword("splice"))
        {
            change = new ProteinChange(ProteinChangeKind.Splice, Known(first), start, start, null, $"{first}{start}_splice");
        }
        else if (syntax.TryKeyword("_"))
        {
            change = syntax.TryResidue(out var last) && syntax.TryPosition(out var end) && end > start
                && ProteinRanges.TryParse(syntax, first, start, end, $"{first}{start}_{last}{end}", reasons, out var ranged)
                ? ranged
                : null;
        }
        else
        {
            change = ParseSingle(syntax, first, start, reasons);
        }

        if (change is null || !syntax.AtEnd)
        {
            return null;
        }

        if (syntax.UsedThreeLetterCodes)
        {
            reasons.Add("three-letter amino-acid codes");
        }

        if (syntax.ReadXAsStop)
        {
            reasons.Add("X read as a stop codon");
        }

        return change;
    }

    /// <summary>"X" means an unspecified residue as a reference, so it is not reported as one.</summary>
    internal static string? Known(string residue) => residue == "X" ? null : residue;

    private static ProteinChange? ParseSingle(ProteinSyntax syntax, string first, int start, ICollection<string> reasons)
    {
        var at = $"{first}{start}";
        if (syntax.TryKeyword("="))
        {
            return new ProteinChange(ProteinChangeKind.Silent, Known(first), start, start, first, at + "=");
        }

        if (syntax.TryKeyword("?"))
        {
            // Only the initiator methionine has an HGVS "unknown consequence" form that we can act on.
            return first == "M" && start == 1
                ? new ProteinChange(ProteinChangeKind.StartLoss, first, start, start, null, "M1?")
                : null;
        }

        if (syntax.TryKeyword("fs"))
        {
            return Frameshift(syntax, first, start, null);
        }

        if (syntax.TryKeyword("ext"))
        {
            return Extension(syntax, first, start, null, reasons);
        }

        if (ProteinRanges.TryParse(syntax, first, start, start, at, reasons, out var single))
        {
            return single;
        }

        if (!syntax.TryResidue(out var alternate))
        {
            return null;
        }

        if (syntax.TryKeyword("fs"))
        {
            return Frameshift(syntax, first, start, alternate);
        }

        if (syntax.TryKeyword("ext"))
        {
            return Extension(syntax, first, start, alternate, reasons);
        }

        return syntax.AtEnd ? Substitution(syntax, first, start, alternate, reasons) : null;
    }

    private static ProteinChange? Substitution(
        ProteinSyntax syntax, string first, int start, string alternate, ICollection<string> reasons)
    {
        var refIsStop = first is AminoAcids.Stop or "X";
        var altIsStop = alternate is AminoAcids.Stop or "X";
        if (refIsStop && !altIsStop)
        {
            // "*757W": the stop codon is lost and the protein runs on to a stop that is not given.
            syntax.ReadXAsStop |= first == "X";
            reasons.Add("stop loss written as a substitution");
            return new ProteinChange(ProteinChangeKind.Extension, AminoAcids.Stop, start, start, alternate, $"*{start}{alternate}ext*?");
        }

        if (first == alternate || (refIsStop && altIsStop))
        {
            syntax.ReadXAsStop |= first == "X" || alternate == "X";
            var reference = refIsStop ? AminoAcids.Stop : first;
            reasons.Add($"silent change written as {first}{start}{alternate}");
            return new ProteinChange(ProteinChangeKind.Silent, reference, start, start, reference, $"{reference}{start}=");
        }

        if (altIsStop)
        {
            syntax.ReadXAsStop |= alternate == "X";
            return new ProteinChange(ProteinChangeKind.Nonsense, Known(first), start, start, AminoAcids.Stop, $"{first}{start}*");
        }

        // A missense change of the initiator methionine loses the start codon whatever residue replaces it.
        var kind = first == "M" && start == 1 ? ProteinChangeKind.StartLoss : ProteinChangeKind.Substitution;
        return new ProteinChange(kind, Known(first), start, start, alternate, $"{first}{start}{alternate}");
    }

    private static ProteinChange? Frameshift(ProteinSyntax syntax, string first, int start, string? alternate)
    {
        var tail = string.Empty;
        if (syntax.TryStop())
        {
            if (!syntax.TryStopDistance(out var distance))
            {
                return null;
            }

            tail = "*" + distance;
        }

        var alt = alternate is AminoAcids.Stop or "X" ? null : alternate;
        return alternate is not null && alt is null
            ? null
            : new ProteinChange(ProteinChangeKind.Frameshift, Known(first), start, start, alt, $"{first}{start}{alt}fs{tail}");
    }

    private static ProteinChange? Extension(
        ProteinSyntax syntax, string first, int start, string? alternate, ICollection<string> reasons)
    {
        if (first == "M" && start == 1 && alternate is null)
        {
            // N-terminal extension, e.g. "M1ext-5": a new upstream start codon.
            return syntax.TryKeyword("-") && syntax.TryPosition(out var upstream)
                ? new ProteinChange(ProteinChangeKind.Extension, first, start, start, null, $"M1ext-{upstream}")
                : null;
        }

        if (first is not (AminoAcids.Stop or "X"))
        {
            return null;
        }

        syntax.ReadXAsStop |= first == "X";
        var tail = "*?";
        if (syntax.TryStop())
        {
            if (!syntax.TryStopDistance(out var distance))
            {
                return null;
            }

            tail = "*" + distance;
        }
        else
        {
            reasons.Add("extension without a new stop written as ext*?");
        }

        return new ProteinChange(ProteinChangeKind.Extension, AminoAcids.Stop, start, start, alternate, $"*{start}{alternate}ext{tail}");
    }
}
