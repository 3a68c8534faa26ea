using System.Text.Json;
using System.Text.Json.Serialization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Data.Api;

/// <summary>One version an API import stored.</summary>
public sealed record ApiImportedVersion(Guid CaseId, int Version, Guid VersionId, string SampleId);

/// <summary>What an API import came to, as kept in <see cref="ApiImportRecord.ResultJson"/>.</summary>
public sealed record ApiImportResult(IReadOnlyList<ApiImportedVersion> Versions, IReadOnlyList<ImportProblem> Problems)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static ApiImportResult Empty { get; } = new([], []);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ApiImportResult FromJson(string json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<ApiImportResult>(json, Json) ?? Empty;
}
