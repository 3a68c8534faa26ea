using System.Text.Json;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Common;

/// <summary>Turns System.Text.Json's exceptions into located problems in the file's own terms (no .NET type names).</summary>
internal static class JsonProblems
{
    public static void Report(JsonException ex, InputFile file, ImportSession session)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var line = (int)(ex.LineNumber ?? 0) + 1;
        var column = (int)(ex.BytePositionInLine ?? 0) + 1;
        if (ex.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            session.Error("schema", file, line, column, $"{ex.Path ?? "$"}: the value has the wrong type for this format.");
            return;
        }

        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
        session.Error("invalid-json", file, line, column, $"Invalid JSON: {(cut >= 0 ? message[..cut] : message).Trim()}");
    }
}
