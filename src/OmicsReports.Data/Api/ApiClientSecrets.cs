using System.Security.Cryptography;
using System.Text;

namespace OmicsReports.Data.Api;

/// <summary>
/// Client secrets are 256 random bits, so a plain SHA-256 is enough to keep them: unlike a password there is nothing
/// to guess, and a slow hash would only slow down every token request.
/// </summary>
public static class ApiClientSecrets
{
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? string.Empty)));

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash ?? string.Empty));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
