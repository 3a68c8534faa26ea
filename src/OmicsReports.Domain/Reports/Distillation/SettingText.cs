using OmicsReports.Domain.Knowledge.Therapies;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>The words of a therapy setting, with prior-therapy requirements named through the drug catalogue.</summary>
public static class SettingText
{
    public static ImplicationSetting? For(TherapySetting? setting, DrugCatalog drugs)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        if (setting is null)
        {
            return null;
        }

        var requires = setting.After.Select(drugs.Describe).ToArray();
        var after = requires.Length == 0 ? null : Join(requires);
        var label = (setting.Line, after) switch
        {
            (TherapyLine.FirstLine, _) => "First line",
            (TherapyLine.AnyLine, _) => "Any line",
            (TherapyLine.Maintenance, null) => "Maintenance",
            (TherapyLine.Maintenance, { } a) => $"Maintenance after {a}",
            (TherapyLine.LaterLine, null) => "Later line",
            (TherapyLine.LaterLine, { } a) => $"After progression on {a}",
            (TherapyLine.Adjuvant, _) => "Adjuvant",
            (TherapyLine.Neoadjuvant, _) => "Neoadjuvant or perioperative",
            _ => setting.Line.ToString(),
        };
        return new ImplicationSetting(setting.Line, label, requires);
    }

    /// <summary>The heading of a card of options that share a line: "First line", "Later lines"...</summary>
    public static string CardHeading(TherapyLine? line) => line switch
    {
        TherapyLine.FirstLine => "First line",
        TherapyLine.AnyLine => "Any line",
        TherapyLine.Maintenance => "Maintenance",
        TherapyLine.LaterLine => "Later lines",
        TherapyLine.Adjuvant => "Adjuvant",
        TherapyLine.Neoadjuvant => "Neoadjuvant or perioperative",
        _ => "Line not stated",
    };

    private static string Join(string[] parts) =>
        parts.Length == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Length - 1))} and {parts[^1]}";
}
