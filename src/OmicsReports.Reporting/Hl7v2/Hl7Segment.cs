using System.Globalization;
using System.Text;

namespace OmicsReports.Reporting.Hl7v2;

/// <summary>
/// Builds ER7 segments: fields by position (1-based after the segment id), each field either one escaped value or
/// components joined by "^". Callers pass raw text; escaping happens here, once.
/// </summary>
internal sealed class Hl7Segment(string id)
{
    private readonly List<string> fields = [];

    /// <summary>Sets field <paramref name="position"/> to already-encoded text (components, repetitions).</summary>
    public Hl7Segment Raw(int position, string encoded)
    {
        while (fields.Count < position)
        {
            fields.Add(string.Empty);
        }

        fields[position - 1] = encoded;
        return this;
    }

    /// <summary>Sets a field to one escaped value.</summary>
    public Hl7Segment Set(int position, string? value) => Raw(position, Hl7Text.Escape(value));

    /// <summary>Sets a field to components (escaped each, joined by "^", trailing empty components dropped).</summary>
    public Hl7Segment Components(int position, params string?[] components) => Raw(position, Join(components));

    public static string Join(params string?[] components)
    {
        var count = components.Length;
        while (count > 0 && string.IsNullOrEmpty(components[count - 1]))
        {
            count--;
        }

        return string.Join('^', components.Take(count).Select(c => Hl7Text.Escape(c)));
    }

    public override string ToString()
    {
        var text = new StringBuilder(id);
        foreach (var field in fields)
        {
            text.Append('|').Append(field);
        }

        return text.ToString();
    }

    /// <summary>HL7 DTM with seconds and the UTC offset, e.g. 20261206101500+0000.</summary>
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+0000";

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
