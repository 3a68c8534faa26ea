using System.Text;

namespace OmicsReports.Domain.Harmonization;

/// <summary>Reduces free-text words to a lookup key: lower case, "-", "_" and "/" as spaces, spaces collapsed.</summary>
internal static class VocabularyText
{
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '\u2010' or '\u2013')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
