namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// Writes the PDF, the HL7 message and the FHIR Bundle into a folder, each atomically: to a hidden temporary file in
/// the same folder, flushed to disk, then renamed over the final name. A reader watching the folder never sees half a
/// file, and a redelivery replaces the files with identical ones.
/// </summary>
internal static class FolderSender
{
    public static async Task<string> SendAsync(string folder, DeliveryDocuments documents, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await WriteAsync(folder, documents.FileStem + ".pdf", documents.Pdf.Content, cancellationToken);
        await WriteAsync(folder, documents.FileStem + ".hl7", documents.Hl7Bytes, cancellationToken);
        await WriteAsync(folder, documents.FileStem + ".fhir.json", documents.FhirBundle, cancellationToken);
        return $"3 files written to {folder}";
    }

    private static async Task WriteAsync(string folder, string name, byte[] content, CancellationToken cancellationToken)
    {
        var final = Path.Combine(folder, name);
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.WriteAsync(content, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
