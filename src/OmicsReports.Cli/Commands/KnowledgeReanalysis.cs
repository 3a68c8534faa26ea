using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Domain.Serialization;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// Distils each case under the old and the new knowledge base and prints what would change for that patient: a new
/// Tier I therapy, a dropped, re-tiered or redirected implication. Signed reports are never changed by this: it only
/// tells the laboratory which ones may need an amendment.
/// </summary>
internal static class KnowledgeReanalysis
{
    public static async Task<int> RunAsync(
        LoadedKnowledge older, LoadedKnowledge newer, IReadOnlyList<string> files, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var oldDistiller = older.CreateDistiller();
        var newDistiller = newer.CreateDistiller();
        var changed = 0;
        var tierOne = 0;
        var failed = false;
        output.WriteLine($"Reanalysis {older.KnowledgeBase.Stamp.Version} -> {newer.KnowledgeBase.Stamp.Version}");
        foreach (var file in files)
        {
            var omicsCase = await ReadCaseAsync(file, error, cancellationToken);
            if (omicsCase is null)
            {
                failed = true;
                continue;
            }

            var result = Reanalysis.Compare(oldDistiller.Distill(omicsCase), newDistiller.Distill(omicsCase));
            changed += result.Changed ? 1 : 0;
            tierOne += result.HasNewTierOne ? 1 : 0;
            output.WriteLine(result.Changed ? $"{result.SampleId}: {result.Changes.Count} change(s)" : $"{result.SampleId}: no change");
            foreach (var change in result.Changes)
            {
                output.WriteLine($"  {Label(change.Kind),-12} {change.Summary} [{string.Join(", ", change.RuleIds)}]");
            }
        }

        output.WriteLine($"{changed} of {files.Count} case(s) change; {tierOne} with a new Tier I implication.");
        return failed ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string Label(ImplicationChangeKind kind) => kind switch
    {
        ImplicationChangeKind.NewTierOne => "NEW TIER I",
        ImplicationChangeKind.Added => "added",
        ImplicationChangeKind.Dropped => "DROPPED",
        ImplicationChangeKind.Retiered => "re-tiered",
        ImplicationChangeKind.NewConflict => "CONFLICT",
        _ => "redirected",
    };

    /// <summary>A harmonized case as JSON; a distilled report cannot be reanalysed because it does not hold its input.</summary>
    private static async Task<OmicsCase?> ReadCaseAsync(string file, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(file);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("implications", out _))
            {
                await error.WriteLineAsync($"{file}: error: this is a distilled report; reanalysis needs the harmonized case it was made from.");
                return null;
            }

            return document.RootElement.Deserialize<OmicsCase>(OmicsJson.Compact)
                ?? throw new JsonException("The file holds no case.");
        }
        catch (NotSupportedException ex)
        {
            await error.WriteLineAsync($"{file}: error: not a harmonized case: {ex.Message.Split(" Path: ")[0]}");
            return null;
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"{file}:{line + 1}" : file;
            await error.WriteLineAsync($"{where}: error: not a harmonized case: {ex.Message}");
            return null;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"{file}: error: cannot read: {ex.Message}");
            return null;
        }
    }
}
