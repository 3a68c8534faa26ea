using OmicsReports.Data.Hosting;
using OmicsReports.Data.Pipeline;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// Loads the deployment's knowledge base and its reference tables once, before the app is built, and binds the
/// importer and the rules engine to them. A knowledge base that does not validate stops the start: serving reports
/// from half a rule set would be worse than serving none.
/// </summary>
internal static class KnowledgeHosting
{
    /// <summary>Setting that names the knowledge-base folder, relative to the deployment folder.</summary>
    public const string PathKey = "Omics:KnowledgeBase:Path";

    /// <summary>Returns false, after writing the located problems to <paramref name="error"/>, when the start must stop.</summary>
    public static bool AddOmicsKnowledge(this IHostApplicationBuilder builder, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var folder = OmicsPaths.Resolve(builder.Configuration, builder.Configuration[PathKey] ?? "knowledge");
        var (knowledge, problems) = KnowledgeFolder.Load(folder);
        if (knowledge is null)
        {
            // Knowledge-base problems name rule files and lines, never patients, so they may be written out.
            foreach (var problem in problems.Where(p => p.Severity == ProblemSeverity.Error))
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"OmicsReports: the knowledge base at {folder} is not valid, so the app does not start. " +
                $"'omics kb validate {folder}' lists the problems.");
            return false;
        }

        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(new Features.Knowledge.RuleCatalog(knowledge));
        builder.Services.AddSingleton(Features.Knowledge.CoverageTable.Read(Path.Combine(folder, "README.md")));
        builder.Services.AddSingleton<IReportEngine>(new DistillingReportEngine(knowledge.CreateDistiller()));
        var harmonizer = knowledge.CreateHarmonizer();
        builder.Services.AddSingleton<ICaseImporter>(services => new Features.Import.IngestCaseImporter(
            harmonizer, services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Features.Import.IngestCaseImporter>>()));
        return true;
    }
}
