using System.Security.Cryptography;
using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// The SHA-256 of a harmonized case as compact JSON, so that a report names exactly the input it was computed from.
/// Panel gene sets are sorted first: a hash set enumerates in an order that changes from process to process.
/// </summary>
public static class CaseHash
{
    public static string Sha256(OmicsCase omicsCase)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        var canonical = omicsCase with
        {
            Profiling = new Profiling(omicsCase.Profiling.Layers
                .Select(l => l with { Genes = l.Genes is null ? null : new SortedSet<string>(l.Genes, StringComparer.Ordinal) })
                .ToArray()),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(canonical, OmicsJson.Compact);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
