using System.Net;
using System.Text.RegularExpressions;

namespace OmicsReports.Ingest.Formats.PharmCat;

/// <summary>
/// Plain text from PharmCAT's recommendation HTML ("...dose.\n&lt;h4 id=...&gt;Other Considerations&lt;/h4&gt;\n..."):
/// headings end with a colon, list items with a semicolon, other tags are removed, entities decoded, whitespace
/// collapsed. The report renders only this text, never markup from a file.
/// </summary>
internal static partial class HtmlText
{
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = HeadingEnd().Replace(html, ": ");
        text = ListItemEnd().Replace(text, "; ");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = Whitespace().Replace(text, " ").Trim();
        return SpaceBeforePunctuation().Replace(text, "$1");
    }

    [GeneratedRegex(@"</h[1-6]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingEnd();

    [GeneratedRegex(@"</li\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItemEnd();

    // Only tags: a "<" followed by a letter or "/"; "age < 65" in the text stays.
    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([:.,;])")]
    private static partial Regex SpaceBeforePunctuation();
}
