using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OmicsReports.Data.Pipeline;
using OmicsReports.Web.Features.Shared;

namespace OmicsReports.Web.Features.Import;

/// <summary>Uploads files over the circuit, shows progress, then the summary or the located errors.</summary>
public sealed partial class ImportPage
{
    private const int MaxFiles = UploadLimits.MaxFiles;
    private const long MaxTotalBytes = UploadLimits.MaxBytes;

    private IReadOnlyList<IBrowserFile> chosen = [];
    private string? chooseProblem;
    private bool running;
    private double fraction;
    private string? step;
    private ImportOutcome? outcome;

    [Inject]
    private CaseImportService Importer { get; set; } = default!;

    [Inject]
    private ClientContext Client { get; set; } = default!;

    private void Choose(InputFileChangeEventArgs e)
    {
        (outcome, step, chooseProblem) = (null, null, null);
        if (e.FileCount > MaxFiles)
        {
            (chosen, chooseProblem) = ([], $"Choose at most {MaxFiles} files at a time.");
            return;
        }

        chosen = e.GetMultipleFiles(MaxFiles);
        if (chosen.Sum(f => f.Size) > MaxTotalBytes)
        {
            (chosen, chooseProblem) = ([], $"Together the files are larger than {MaxTotalBytes / 1024 / 1024} MB ({UploadLimits.Describe()}); import them in parts.");
        }
    }

    private async Task ImportAsync()
    {
        (running, outcome, fraction) = (true, null, 0);
        try
        {
            var files = new List<UploadedFile>();
            var total = Math.Max(1, chosen.Sum(f => f.Size));
            long done = 0;
            foreach (var file in chosen)
            {
                using var buffer = new MemoryStream();
                await using var stream = file.OpenReadStream(MaxTotalBytes);
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    done += read;
                    Report(new ImportStep($"Uploading {file.Name}", 0.4 * done / total));
                }

                files.Add(new UploadedFile(file.Name, buffer.ToArray()));
            }

            var progress = new Progress<ImportStep>(s => _ = InvokeAsync(() => Report(s)));
            outcome = await Importer.ImportAsync(await Client.ActorAsync(), files, progress);
            step = outcome.Stored ? "Import finished." : "Import refused: nothing was stored.";
            fraction = 1;
        }
        catch (IOException ex)
        {
            step = $"The upload was interrupted ({ex.Message}). Nothing was stored; try again.";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in storing or evaluating: one line, and the circuit (the user's session) stays up.
            step = $"Import refused: the import failed because of a defect in OmicsReports ({ex.GetType().Name}). Nothing was stored.";
        }
        finally
        {
            running = false;
        }
    }

    private void Report(ImportStep update)
    {
        if (!running)
        {
            return; // a late progress message must not replace the final outcome
        }

        var before = (step, fraction);
        step = update.Message;
        if (update.Fraction is { } f)
        {
            fraction = Math.Max(fraction, f);
        }

        // Re-render on a new step or each further percent, not on every 80 KB chunk.
        if (before.step != step || fraction - before.fraction >= 0.01)
        {
            StateHasChanged();
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
