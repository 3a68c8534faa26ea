using System.Text;

namespace OmicsReports.Reporting.Print;

/// <summary>How the print document gets its fonts. Either way the PDF embeds the subset of every glyph it uses.</summary>
public enum FontEmbedding
{
    /// <summary>
    /// <c>@font-face</c> with <c>local()</c> sources: the installed Noto Sans and DejaVu Sans, no bytes sent to the
    /// page. About 6 times faster than <see cref="Inline"/> (see docs/pdf.md).
    /// </summary>
    System,

    /// <summary>The same font files inlined as <c>data:</c> URLs: the page depends on nothing but its own text.</summary>
    Inline,
}

/// <summary>
/// The print fonts. Noto Sans carries the text (ä, µ, ß); DejaVu Sans is second in the stack for the symbols Noto Sans
/// lacks (≥, ≤, →). Both come from Debian's fonts-noto-core and fonts-dejavu-core.
/// </summary>
public static class PrintFonts
{
    public const string Family = "Omics Print Sans";
    public const string SymbolFamily = "Omics Print Symbols";
    public const string MonoFamily = "Omics Print Mono";

    /// <summary>The CSS font stack of the document and of the running header and footer.</summary>
    public const string Stack = $"\"{Family}\", \"{SymbolFamily}\", \"Noto Sans\", \"DejaVu Sans\", sans-serif";

    public const string InstallHint = "apt-get install chromium fonts-dejavu-core fonts-noto-core";

    private const string Noto = "/usr/share/fonts/truetype/noto/";
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/";

    public static IReadOnlyList<FontFace> Faces { get; } =
    [
        new(Family, 400, "normal", Noto + "NotoSans-Regular.ttf", "Noto Sans Regular", "NotoSans-Regular"),
        new(Family, 700, "normal", Noto + "NotoSans-Bold.ttf", "Noto Sans Bold", "NotoSans-Bold"),
        new(Family, 400, "italic", Noto + "NotoSans-Italic.ttf", "Noto Sans Italic", "NotoSans-Italic"),
        new(SymbolFamily, 400, "normal", DejaVu + "DejaVuSans.ttf", "DejaVu Sans", "DejaVuSans"),
        new(SymbolFamily, 700, "normal", DejaVu + "DejaVuSans-Bold.ttf", "DejaVu Sans Bold", "DejaVuSans-Bold"),
        new(MonoFamily, 400, "normal", DejaVu + "DejaVuSansMono.ttf", "DejaVu Sans Mono", "DejaVuSansMono"),
    ];

    /// <summary>The font files that are not installed; empty when printing will use the intended fonts.</summary>
    public static IReadOnlyList<string> Missing() => Faces.Select(f => f.File).Where(f => !File.Exists(f)).ToList();

    /// <summary>The <c>@font-face</c> rules. Inline mode reads the files, so call it once and keep the result.</summary>
    public static string Css(FontEmbedding embedding)
    {
        var css = new StringBuilder();
        foreach (var face in Faces)
        {
            var source = embedding == FontEmbedding.Inline
                ? $"url(data:font/ttf;base64,{Convert.ToBase64String(File.ReadAllBytes(face.File))}) format(\"truetype\")"
                : $"local(\"{face.FullName}\"), local(\"{face.PostScriptName}\")";
            css.Append("@font-face { font-family: \"").Append(face.Family).Append("\"; font-weight: ").Append(face.Weight)
                .Append("; font-style: ").Append(face.Style).Append("; src: ").Append(source).AppendLine("; }");
        }

        return css.ToString();
    }
}

/// <summary>One face of a print font family and where Debian installs it.</summary>
public sealed record FontFace(string Family, int Weight, string Style, string File, string FullName, string PostScriptName);
