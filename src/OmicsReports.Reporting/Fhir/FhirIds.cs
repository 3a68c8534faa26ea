using System.Security.Cryptography;
using System.Text;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Resource ids derived from the report version and the resource's role in it (name-based UUIDs, RFC 9562 version 8
/// layout over SHA-256). Exporting the same version twice gives the same ids, so a receiver that stores by id keeps
/// one copy; two versions never share an id.
/// </summary>
internal sealed class FhirIds(string reportId, int version)
{
    public string For(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"omicsreports|{reportId}|v{version}|{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom (here SHA-256 of the name)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
