using Microsoft.AspNetCore.Identity;

namespace OmicsReports.Data.Identity;

/// <summary>A person who signs in. Patient data never lives here.</summary>
public sealed class OmicsUser : IdentityUser
{
    /// <summary>Name shown in the app and printed in signature blocks, e.g. "Dr. A. Example".</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Created by the Development demo seeder; the app refuses to start in Production while one exists.</summary>
    public bool IsDemo { get; set; }
}
