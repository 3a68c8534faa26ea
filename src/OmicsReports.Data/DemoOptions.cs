namespace OmicsReports.Data;

/// <summary>Development-only demo data: one account per role and a few patients.</summary>
public sealed class DemoOptions
{
    public const string Section = "Omics:Demo";

    /// <summary>Seed demo accounts and patients at start-up. Honoured only in Development.</summary>
    public bool Seed { get; set; }

    /// <summary>Password for every demo account; scripts/run.sh generates one per checkout.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>Folder of the demo patients' native case bundles, relative to the deployment folder.</summary>
    public string CasesPath { get; set; } = "demo/cases";

    /// <summary>The domain of demo sign-in names (".example" is reserved and never routable).</summary>
    public const string EmailDomain = "demo.omics.example";

    /// <summary>The demo sign-in name for a role, e.g. oncologist@demo.omics.example.</summary>
    public static string EmailFor(string role) => $"{role.ToLowerInvariant()}@{EmailDomain}";
}
