using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OmicsReports.Data.Pipeline;
using OmicsReports.Web.Features.Shared;

namespace OmicsReports.Web.Features.Import;

/// <summary>Uploads files over the circuit, shows progress (see <see cref="ImportProgress"/>), then the summary or every located error.</summary>
public sealed partial class ImportPage
{
    private const int MaxFiles = UploadLimits.MaxFiles;
    private const long MaxTotalBytes = UploadLimits.MaxBytes;

    private IReadOnlyList<IBrowserFile> chosen = [];
    private string? chooseProblem;
    private readonly ImportProgress progress = new();
    private ImportOutcome? outcome;

    [Inject]
    private CaseImportService Importer { get; set; } = default!;

    [Inject]
    private ClientContext Client { get; set; } = default!;

    private void Choose(InputFileChangeEventArgs e)
    {
        (outcome, chooseProblem) = (null, null);
        progress.Clear();
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
        // Each upload starts from nothing: no bar, step or summary of the one before.
        outcome = null;
        progress.Start("Starting the upload");
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
                    Show(new ImportStep($"Uploading {file.Name}", 0.4 * done / total));
                }

                files.Add(new UploadedFile(file.Name, buffer.ToArray()));
            }

            var steps = new Progress<ImportStep>(s => _ = InvokeAsync(() => Show(s)));
            outcome = await Importer.ImportAsync(await Client.ActorAsync(), files, steps);
            // "Nothing was stored" is said once, by the summary's heading.
            progress.Finish(outcome.Stored ? "Import finished." : outcome.Denied ? "Import refused." : "Import refused: the files have errors.", outcome.Stored);
        }
        catch (IOException ex)
        {
            progress.Finish($"The upload was interrupted ({ex.Message}). Nothing was stored; try again.", stored: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in storing or evaluating: one line, and the circuit (the user's session) stays up.
            progress.Finish($"Import refused: the import failed because of a defect in OmicsReports ({ex.GetType().Name}). Nothing was stored.", stored: false);
        }
    }

    private void Show(ImportStep update)
    {
        // Re-render on a new step or each further percent, not on every 80 KB chunk.
        if (progress.Report(update))
        {
            StateHasChanged();
        }
    }

    private static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
