using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmicsReports.Data.Hosting;
using OmicsReports.Data.Pipeline;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>The app starts only on a knowledge base that validates, and then evaluates with exactly that one.</summary>
public sealed class KnowledgeStartupTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("omics-kb-");

    [Fact]
    public void AddOmicsKnowledge_WithTheShippedKnowledgeBase_BindsTheEngineToIt()
    {
        var builder = Builder(knowledgePath: "knowledge", home: Checkout());
        using var error = new StringWriter();

        var started = builder.AddOmicsKnowledge(error);

        Assert.True(started, error.ToString());
        using var services = builder.Services.BuildServiceProvider();
        var stamp = services.GetRequiredService<IReportEngine>().KnowledgeBase;
        Assert.NotNull(stamp);
        var manifestVersion = File.ReadLines(Path.Combine(Checkout(), "knowledge", "manifest.yaml"))
            .Single(l => l.StartsWith("version:", StringComparison.Ordinal))["version:".Length..].Trim();
        Assert.Equal(manifestVersion, stamp.Version);
        Assert.Equal(64, stamp.Sha256.Length);
    }

    [Fact]
    public void AddOmicsKnowledge_WithABrokenRuleFile_RefusesAndLocatesTheProblem()
    {
        CopyFolder(Path.Combine(Checkout(), "knowledge"), folder.FullName);
        var rule = Directory.EnumerateFiles(Path.Combine(folder.FullName, "rules"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(rule, "\n  - this is: [not, closed\n");
        var builder = Builder(knowledgePath: folder.FullName, home: Checkout());
        using var error = new StringWriter();

        var started = builder.AddOmicsKnowledge(error);

        Assert.False(started);
        var text = error.ToString();
        Assert.Contains(Path.GetFileName(rule), text, StringComparison.Ordinal);
        Assert.Contains("does not start", text, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(IReportEngine));
    }

    [Fact]
    public void AddOmicsKnowledge_WithNoKnowledgeFolder_Refuses()
    {
        var builder = Builder(knowledgePath: Path.Combine(folder.FullName, "missing"), home: folder.FullName);
        using var error = new StringWriter();

        Assert.False(builder.AddOmicsKnowledge(error));
        Assert.Contains("missing", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static HostApplicationBuilder Builder(string knowledgePath, string home)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[OmicsPaths.HomeKey] = home;
        builder.Configuration[KnowledgeHosting.PathKey] = knowledgePath;
        return builder;
    }

    private static string Checkout() => OmicsHome.Resolve();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
