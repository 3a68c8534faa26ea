using System.Security.Cryptography;
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
        // A 10,000-sample study hashes 10,000 cases: the JSON goes into a buffer the thread reuses and is hashed in
        // one call, with no array, stream or hash object per case (the same bytes as serialising to an array).
        return JsonScratch.Serialize(omicsCase, OmicsJson.Compact, static json =>
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(json, hash);
            return Convert.ToHexStringLower(hash);
        });
    }
}
