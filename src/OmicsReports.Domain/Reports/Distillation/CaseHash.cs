using System.Security.Cryptography;
using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// The SHA-256 of a harmonized case as compact JSON, so that a report names exactly the input it was computed from.
/// The shared JSON options write panel gene sets sorted (<see cref="StringSetConverter"/>), so equal cases give equal
/// bytes in every process.
/// </summary>
public static class CaseHash
{
    public static string Sha256(OmicsCase omicsCase)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(omicsCase, OmicsJson.Compact);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
