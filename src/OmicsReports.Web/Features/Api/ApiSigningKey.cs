using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Features.Api;

/// <summary>
/// The key that signs API tokens (HMAC-SHA256). It is generated on first use and kept in the data folder's key
/// folder, encrypted with ASP.NET Data Protection, so it is never in the repository or the settings, survives
/// restarts, and is shared by app nodes that share the Data Protection keys.
/// </summary>
internal sealed class ApiSigningKey
{
    private const string FileName = "api-token-signing.key";

    public ApiSigningKey(IDataProtectionProvider protection, IConfiguration configuration)
    {
        var protector = protection.CreateProtector("OmicsReports.Api.TokenSigningKey");
        var path = Path.Combine(WebServiceExtensions.KeysFolder(configuration), FileName);
        Key = new SymmetricSecurityKey(protector.Unprotect(ReadOrCreate(path, protector))) { KeyId = "api-1" };
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] ReadOrCreate(string path, IDataProtector protector)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sealedKey = protector.Protect(RandomNumberGenerator.GetBytes(32));
        try
        {
            // CreateNew: when two nodes start together, one writes and the other reads what it wrote.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(sealedKey);
            return sealedKey;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
    }
}
