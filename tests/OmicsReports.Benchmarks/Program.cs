using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the machine has two cores shared with other work, and a generated child project would be rebuilt
// for every run. Pass BenchmarkDotNet arguments through, e.g. --filter *Distill*.
if (args is ["--stages", var folder])
{
    OmicsReports.Benchmarks.Stages.Run(folder);
    return;
}

if (args is ["--study", var knowledge, var output])
{
    OmicsReports.Benchmarks.StudyRun.Run(knowledge, output);
    return;
}

if (args is ["--time-bundle", var count])
{
    await OmicsReports.Benchmarks.BundleRun.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--reanalysis-seed", var data, var oldKnowledge, .. var rest])
{
    var cases = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    await OmicsReports.Benchmarks.ReanalysisSeed.RunAsync(data, oldKnowledge, cases);
    return;
}

if (await OmicsReports.Benchmarks.ImportRuns.TryRunAsync(args))
{
    return;
}

var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
