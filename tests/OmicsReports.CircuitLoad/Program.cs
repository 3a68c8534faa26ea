using System.Globalization;
using OmicsReports.CircuitLoad;

// usage: OmicsReports.CircuitLoad --base http://127.0.0.1:5630 --password <demo password> [--client chromium|protocol] [--circuits 200]
//   [--browsers 4] [--seconds 600] [--ramp 60] [--settle 0] [--think-min 4] [--think-max 10] [--reload-every 8]
//   [--app-pid <pid>] [--samples samples.csv] [--shots <folder for screenshots of failed pages>]
// Exit code 0 when the run ended without a single error, 1 otherwise.
var named = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    named[args[i].TrimStart('-')] = args[i + 1];
}

string Need(string key) => named.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required");
int Int(string key, int fallback) => named.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
TimeSpan Seconds(string key, double fallback) =>
    TimeSpan.FromSeconds(named.TryGetValue(key, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback);

var options = new LoadOptions
{
    BaseAddress = new Uri(Need("base")),
    Client = Enum.Parse<LoadClient>(named.GetValueOrDefault("client", "chromium"), ignoreCase: true),
    Password = Need("password"),
    Circuits = Int("circuits", 200),
    Browsers = Int("browsers", 4),
    Duration = Seconds("seconds", 600),
    RampUp = Seconds("ramp", 60),
    Settle = Seconds("settle", 0),
    ThinkMin = Seconds("think-min", 4),
    ThinkMax = Seconds("think-max", 10),
    ReloadEvery = Int("reload-every", 8),
    AppPid = named.TryGetValue("app-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
    SamplesCsv = named.GetValueOrDefault("samples"),
    FailureShots = named.GetValueOrDefault("shots"),
};

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var result = await LoadRun.RunAsync(options, Console.Out, stop.Token);
Console.WriteLine(LoadSummary.Describe(result));
return result.Errors.Count == 0 ? 0 : 1;
