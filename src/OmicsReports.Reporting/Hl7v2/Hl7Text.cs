using System.Text;

namespace OmicsReports.Reporting.Hl7v2;

/// <summary>
/// HL7 v2 escaping with the standard encoding characters (MSH-2 "^~\&amp;", field separator "|"): \F\ \S\ \T\ \R\ \E\
/// for the delimiters. A line break becomes the formatting command \.br\ in formatted text (FT); other data types
/// cannot hold one, so there it becomes a space. Other control characters are dropped.
/// </summary>
public static class Hl7Text
{
    public static string Escape(string? text, bool formatted = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': result.Append(@"\E\"); break;
                case '|': result.Append(@"\F\"); break;
                case '^': result.Append(@"\S\"); break;
                case '&': result.Append(@"\T\"); break;
                case '~': result.Append(@"\R\"); break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    result.Append(formatted ? @"\.br\" : " ");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }
}
