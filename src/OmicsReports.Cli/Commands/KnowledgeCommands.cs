using System.CommandLine;
using Microsoft.Extensions.Configuration;
using OmicsReports.Data.Hosting;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// <c>omics kb validate [--kb DIR]</c>, <c>omics kb diff OLD NEW</c>, <c>omics kb reanalyze OLD NEW CASE.json...</c>.
/// Problems go to standard error as "file:line:column: error: message"; exit 0 when valid, 2 for bad input.
/// </summary>
internal static class KnowledgeCommands
{
    public static Command Create()
    {
        var kb = new Command("kb", "Check, compare and apply knowledge-base versions.");
        kb.Subcommands.Add(CreateValidate());
        kb.Subcommands.Add(CreateDiff());
        kb.Subcommands.Add(CreateReanalyze());
        return kb;
    }

    private static Command CreateValidate()
    {
        var folder = new Option<string?>("--kb") { Description = "Knowledge-base folder; defaults to Omics:KnowledgeBase:Path of the deployment." };
        var validate = new Command("validate", "Load and check a knowledge base: genes, OncoTree codes, duplicate ids, contradictions.") { folder };
        validate.SetAction(parse =>
        {
            var path = parse.GetValue(folder) ?? KnowledgeLocation.Default();
            var (knowledge, problems) = KnowledgeFolder.Load(path);
            Report(problems, parse.InvocationConfiguration.Error);
            if (knowledge is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"omics kb validate: {path} is not valid ({problems.Count} problem(s)).");
                return ExitCodes.BadInput;
            }

            var kb = knowledge.KnowledgeBase;
            parse.InvocationConfiguration.Output.WriteLine(
                $"Knowledge base {kb.Stamp.Version} (sha256 {kb.Stamp.Sha256}): {kb.Rules.Count} rules, {kb.Standards.Count} tumour-type standards; valid.");
            return ExitCodes.Success;
        });
        return validate;
    }

    private static Command CreateDiff()
    {
        var older = new Argument<string>("old") { Description = "Folder of the earlier knowledge base." };
        var newer = new Argument<string>("new") { Description = "Folder of the later knowledge base." };
        var diff = new Command("diff", "List the rules and standards that differ between two knowledge bases.") { older, newer };
        diff.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (LoadBoth(parse.GetValue(older)!, parse.GetValue(newer)!, parse.InvocationConfiguration.Error) is not var (before, after))
            {
                return ExitCodes.BadInput;
            }

            var changes = KnowledgeBaseDiff.Compare(before.KnowledgeBase, after.KnowledgeBase);
            output.WriteLine($"Knowledge base {changes.OldVersion} -> {changes.NewVersion}");
            foreach (var change in changes.Rules)
            {
                var fields = change.Fields.Count > 0 ? ": " + string.Join(", ", change.Fields) : string.Empty;
                output.WriteLine($"  {change.Kind.ToString().ToLowerInvariant(),-8} {change.Id}{fields}");
            }

            if (changes.OncogenicDefinitionChanged)
            {
                output.WriteLine("  changed  oncogenic.yaml (tumour suppressors or hotspots)");
            }

            if (changes.QcPolicyChanged)
            {
                output.WriteLine("  changed  qc.yaml (QC thresholds)");
            }

            if (changes.DrugCatalogChanged)
            {
                output.WriteLine("  changed  drugs.yaml (drug roles or classes)");
            }

            output.WriteLine(changes.Any ? $"{changes.Rules.Count} rule(s) or standard(s) changed." : "No differences in content.");
            return ExitCodes.Success;
        });
        return diff;
    }

    private static Command CreateReanalyze()
    {
        var older = new Argument<string>("old") { Description = "Folder of the knowledge base the reports were made with." };
        var newer = new Argument<string>("new") { Description = "Folder of the new knowledge base." };
        var cases = new Argument<string[]>("case") { Description = "Harmonized case JSON files to distil under both versions.", Arity = ArgumentArity.OneOrMore };
        var reanalyze = new Command("reanalyze", "List the cases whose implications change under a new knowledge base.") { older, newer, cases };
        reanalyze.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (LoadBoth(parse.GetValue(older)!, parse.GetValue(newer)!, error) is not var (before, after))
            {
                return ExitCodes.BadInput;
            }

            return await KnowledgeReanalysis.RunAsync(
                before, after, parse.GetValue(cases)!, parse.InvocationConfiguration.Output, error, cancellationToken);
        });
        return reanalyze;
    }

    private static (LoadedKnowledge Old, LoadedKnowledge New)? LoadBoth(string older, string newer, TextWriter error)
    {
        var (before, oldProblems) = KnowledgeFolder.Load(older);
        var (after, newProblems) = KnowledgeFolder.Load(newer);
        Report(oldProblems.Concat(newProblems), error);
        if (before is null || after is null)
        {
            error.WriteLine($"omics kb: {(before is null ? older : newer)} is not a valid knowledge base.");
            return null;
        }

        return (before, after);
    }

    internal static void Report(IEnumerable<Domain.Cases.ImportProblem> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }
    }

}

/// <summary>Where the deployment's knowledge base is: Omics:KnowledgeBase:Path, relative to the deployment folder.</summary>
internal static class KnowledgeLocation
{
    public static string Default()
    {
        using var configuration = Settings();
        return OmicsPaths.Resolve(configuration, configuration["Omics:KnowledgeBase:Path"] ?? "knowledge");
    }

    /// <summary>The deployment's settings without a host: appsettings files, then environment variables.</summary>
    public static ConfigurationManager Settings()
    {
        var configuration = new ConfigurationManager();
        configuration.AddOmicsSettings(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production");
        configuration.AddEnvironmentVariables();
        return configuration;
    }
}
