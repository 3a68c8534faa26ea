namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// A load run with the protocol client: signs the demo oncologist and pathologist in through the form once each,
/// reads the report links from the worklist as rendered on a circuit, and holds the clinicians' circuits as
/// <see cref="LoadRun"/> does for the Chromium pages.
/// </summary>
internal static class ProtocolRun
{
    private static readonly string[] Roles = ["oncologist", "pathologist"];

    public static async Task<LoadResult> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var sessions = new List<ClinicianSession>();
        try
        {
            foreach (var role in Roles)
            {
                sessions.Add(await ClinicianSession.SignInAsync(options.BaseAddress, $"{role}@demo.omics.example", options.Password, cancellationToken));
            }

            var discovery = new LoadTally();
            var targets = await DiscoverAsync(sessions[0], options, discovery, cancellationToken);
            await log.WriteLineAsync($"{targets.Others.Count + 1} reports: heavy {targets.Heavy}");
            return await LoadRun.HoldAsync(options, (i, tally, until, token) =>
                new ProtocolClinician(i, sessions[i % sessions.Count], targets, options, tally).RunAsync(until, token), log, cancellationToken);
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
    }

    private static async Task<ReportTargets> DiscoverAsync(ClinicianSession session, LoadOptions options, LoadTally tally, CancellationToken cancellationToken)
    {
        var rows = await WorklistRowsAsync(session, "/patients", options, tally, cancellationToken);
        // In a shared database (the test suite's) other cases can push the heavy one off the first page: search for it.
        var heavy = Find(rows, options.HeavySample)
                    ?? Find(await WorklistRowsAsync(session, $"/patients?q={Uri.EscapeDataString(options.HeavySample)}", options, tally, cancellationToken),
                        options.HeavySample)
                    ?? throw new InvalidOperationException($"The worklist shows no {options.HeavySample}; is the app seeded with the demo patients?");
        var others = rows.Select(r => r.Href).Where(h => h != heavy).Distinct(StringComparer.Ordinal).Select(Absolute).ToList();
        return new ReportTargets(Absolute(heavy), others);
    }

    private static string? Find(List<(string Href, string Text)> rows, string sample) =>
        rows.Where(r => r.Text.Contains(sample, StringComparison.Ordinal)).Select(r => r.Href).FirstOrDefault();

    /// <summary>The report links of one worklist page with each row's text, once the circuit has rendered the rows.</summary>
    private static async Task<List<(string Href, string Text)>> WorklistRowsAsync(ClinicianSession session, string path, LoadOptions options,
        LoadTally tally, CancellationToken cancellationToken)
    {
        await using var circuit = await ProtocolCircuit.OpenAsync(session, path, tally.UnsatisfiedInterop, options.ActionTimeout, cancellationToken);
        await circuit.WaitForAsync("the worklist's report links", m => PageQueries.Interactive(m) && Rows(m).Count > 0, options.ActionTimeout,
            cancellationToken);
        return circuit.Read(Rows);
    }

    private static List<(string Href, string Text)> Rows(DomModel model) =>
        model.Elements().Where(e => e.Name == "tr")
            .Select(tr => (Link: tr.Descendants().OfType<ElementNode>()
                    .FirstOrDefault(a => a.Name == "a" && a.Attribute("href")?.Contains("/reports/", StringComparison.Ordinal) == true),
                Row: tr))
            .Where(r => r.Link is not null)
            .Select(r => (r.Link!.Attribute("href")!, r.Row.Text()))
            .ToList();

    private static string Absolute(string href) => href.StartsWith('/') ? href : "/" + href;
}
