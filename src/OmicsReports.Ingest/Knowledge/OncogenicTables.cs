using System.Globalization;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// The TSV tables oncogenic.yaml cites, kept in the knowledge base's oncogenic/ folder and counted in its hash:
/// gene roles (gene, role, reported_symbol) and hotspots (gene, kind, start, end, reference, observed, tumours,
/// q_value, transcript, reported_symbol). Problems name the file and line.
/// </summary>
internal static class OncogenicTables
{
    public const string Folder = "oncogenic";

    private static readonly string[] RoleColumns = ["gene", "role", "reported_symbol"];
    private static readonly string[] HotspotColumns = ["gene", "kind", "start", "end", "reference", "observed", "tumours", "q_value", "transcript", "reported_symbol"];

    public static IReadOnlyList<GeneRoleEntry> Roles(string path, string text, Domain.Reports.Reference source, List<string> problems)
    {
        var roles = new List<GeneRoleEntry>();
        foreach (var (line, cells) in Rows(path, text, RoleColumns, problems))
        {
            GeneRole? role = cells[1] switch
            {
                "tumour-suppressor" => GeneRole.TumourSuppressor,
                "oncogene" => GeneRole.Oncogene,
                "ambiguous" => GeneRole.Ambiguous,
                _ => null,
            };
            if (role is null)
            {
                problems.Add($"{path}:{line}: '{cells[1]}' is not a role (tumour-suppressor, oncogene or ambiguous)");
                continue;
            }

            roles.Add(new GeneRoleEntry(cells[0], role.Value, source));
        }

        return roles;
    }

    public static IReadOnlyList<Hotspot> Hotspots(string path, string text, Domain.Reports.Reference source, List<string> problems)
    {
        var hotspots = new List<Hotspot>();
        foreach (var (line, cells) in Rows(path, text, HotspotColumns, problems))
        {
            HotspotKind? kind = cells[1] switch
            {
                "missense" => HotspotKind.Missense,
                "nonsense" => HotspotKind.Nonsense,
                "in-frame-indel" => HotspotKind.InFrameIndel,
                "splice" => HotspotKind.Splice,
                _ => null,
            };
            if (kind is null || Int(cells[2]) is not { } start || Int(cells[3]) is not { } end || end < start)
            {
                problems.Add($"{path}:{line}: kind '{cells[1]}' or codons '{cells[2]}'-'{cells[3]}' are not a hotspot");
                continue;
            }

            hotspots.Add(new Hotspot(cells[0], start, null, source)
            {
                Kind = kind.Value,
                End = end,
                Reference = cells[4].Length > 0 ? cells[4] : null,
                Observed = cells[5].Split(',', StringSplitOptions.RemoveEmptyEntries),
                Tumours = Int(cells[6]),
                Transcript = cells[8].Length > 0 ? cells[8] : null,
            });
        }

        return hotspots;
    }

    private static IEnumerable<(int Line, string[] Cells)> Rows(string path, string text, string[] columns, List<string> problems)
    {
        var header = false;
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.TrimEnd('\r').Split('\t');
            if (!header)
            {
                header = true;
                if (!cells.SequenceEqual(columns))
                {
                    problems.Add($"{path}:{number}: expected the header '{string.Join("\\t", columns)}'");
                    yield break;
                }

                continue;
            }

            if (cells.Length != columns.Length)
            {
                problems.Add($"{path}:{number}: expected {columns.Length} tab-separated columns, found {cells.Length}");
                continue;
            }

            yield return (number, cells);
        }
    }

    private static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
