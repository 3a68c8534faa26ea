namespace OmicsReports.Data.Identity;

/// <summary>The four roles of OmicsReports. Names are stored in the database; do not rename them.</summary>
public static class Roles
{
    /// <summary>Reads reports and comments on them.</summary>
    public const string Oncologist = "Oncologist";

    /// <summary>Reviews, signs and amends reports.</summary>
    public const string Pathologist = "Pathologist";

    /// <summary>Maintains the knowledge base and reviews reanalysis results.</summary>
    public const string Curator = "Curator";

    /// <summary>Manages accounts and reads the audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>Every role, in the order the user interface lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Oncologist, Pathologist, Curator, Admin];

    /// <summary>The canonical spelling of <paramref name="name"/>, or <see langword="null"/> if it is not a role.</summary>
    public static string? Normalize(string name) =>
        All.FirstOrDefault(role => string.Equals(role, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
