using System.Reflection;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// The one stylesheet of the print document: the shared design tokens and report component rules (wwwroot/tokens.css and
/// wwwroot/report.css, as on screen), the print rules (Print/print.css, last, so that its overrides win) and the font
/// faces, inlined so that the page fetches nothing.
/// </summary>
public static class PrintStylesheet
{
    public const string TokensResource = "OmicsReports.Reporting.tokens.css";
    public const string ReportResource = "OmicsReports.Reporting.report.css";
    public const string PrintResource = "OmicsReports.Reporting.print.css";

    /// <summary>Builds the stylesheet; in <see cref="FontEmbedding.Inline"/> mode this reads the font files.</summary>
    public static string Build(FontEmbedding fonts) =>
        string.Join('\n', PrintFonts.Css(fonts), Read(TokensResource), Read(ReportResource), Read(PrintResource));

    private static string Read(string name)
    {
        using var stream = typeof(PrintStylesheet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The stylesheet resource '{name}' is missing from {typeof(PrintStylesheet).Assembly.GetName().Name}; " +
                "check the EmbeddedResource items of OmicsReports.Reporting.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static Assembly Assembly => typeof(PrintStylesheet).Assembly;
}
