using OmicsReports.Data;

namespace OmicsReports.Web.Hosting;

/// <summary>The Development banner naming the demo accounts. Written to the console, never to the log.</summary>
internal static class StartupBanner
{
    public static void WriteDemoAccounts(TextWriter output, DemoCredentials demo)
    {
        output.WriteLine();
        output.WriteLine("  Demo accounts (Development only):");
        foreach (var name in demo.SignInNames)
        {
            output.WriteLine($"    {name}");
        }

        output.WriteLine(demo.Password is null
            ? "  Password: unchanged since these accounts were created (see .omics/secrets.env)."
            : $"  Password: {demo.Password}");
        output.WriteLine();
    }
}
