using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>
/// VCF 4.x, plain or bgzip-compressed (every BGZF member is read): small variants with VEP CSQ annotation when
/// present, read support from the tumour column, FILTER kept; structural records only where genes are named.
/// Streams line by line. An unannotated VCF is read with a warning; no gene is inferred from coordinates.
/// </summary>
public sealed class VcfReader : IFormatReader
{
    public string Format => "vcf";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (sniff.Lines.Count > 0 && sniff.Lines[0].StartsWith("##fileformat=VCF", StringComparison.Ordinal))
        {
            return Detection.Signature;
        }

        return sniff.Lines.Any(l => l.StartsWith("#CHROM\tPOS\tID\tREF\tALT", StringComparison.Ordinal)) ? Detection.Header : Detection.No;
    }

    public async Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        if (!file.CheckComplete(session))
        {
            return;
        }

        using var text = file.OpenText();
        var header = new VcfHeader();
        VcfBody? body = null;
        var line = 0;
        string? current;
        while ((current = await text.ReadLineAsync(cancellationToken)) is not null && !session.ShouldStop)
        {
            line++;
            if (current.Length == 0 || current == "\r")
            {
                continue;
            }

            if (body is not null)
            {
                body.Read(current, line);
            }
            else if (current.StartsWith("##", StringComparison.Ordinal))
            {
                header.Meta(current.TrimEnd('\r'), line);
            }
            else if (current.StartsWith("#CHROM", StringComparison.Ordinal))
            {
                body = VcfBody.Start(current.TrimEnd('\r'), line, header, file, session);
                if (body is null)
                {
                    return;
                }
            }
            else
            {
                session.Error("no-header", file, line, 1, "A data line comes before the #CHROM header line; this is not a readable VCF.");
                return;
            }
        }

        if (body is null)
        {
            session.Error("no-header", file, line, null, "The VCF has no #CHROM header line.");
            return;
        }

        body.Finish();
    }
}
