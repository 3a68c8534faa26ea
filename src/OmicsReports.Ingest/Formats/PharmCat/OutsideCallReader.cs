using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.PharmCat;

/// <summary>
/// PharmCAT's outside-call file (docs "Outside Call Format"): no header, '#' lines ignored, per line a gene and up to
/// three more tab-separated fields: diplotype (or single allele), phenotype, activity score. Gene prefixes on allele
/// names ("CYP2C9*1", HLA "A*02:01") are removed, as PharmCAT does. The file names no sample.
/// </summary>
public sealed partial class OutsideCallReader : IFormatReader
{
    public string Format => "pharmcat-outside-calls";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var lines = sniff.Lines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        // No header: the first call must look like one, and every line must start with a gene symbol.
        var shaped = lines.Count > 0 && lines[0].Length is >= 2 and <= 4 && lines[0].Skip(1).Any(v => v.Trim().Length > 0)
            && lines.All(f => f.Length >= 2 && GeneShape().IsMatch(f[0].Trim()));
        var pgx = shaped && lines.Any(f => f.Skip(1).Any(v => v.Contains('*', StringComparison.Ordinal)) || (f.Length > 2 && f[2].Trim().Length > 0));
        return shaped && pgx ? Detection.Header : Detection.No;
    }

    public async Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        if (!file.CheckComplete(session))
        {
            return;
        }

        var builder = session.Unnamed(file);
        using var text = file.OpenText();
        var line = 0;
        string? current;
        while ((current = await text.ReadLineAsync(cancellationToken)) is not null && !session.ShouldStop)
        {
            line++;
            current = current.TrimEnd('\r');
            if (current.Trim().Length == 0 || current.StartsWith('#'))
            {
                continue;
            }

            if (OutsideCall.Parse(current, line, file, session) is { } call)
            {
                Add(call, builder, file, session);
            }
        }
    }

    private static void Add(OutsideCall call, CaseBuilder builder, InputFile file, ImportSession session)
    {
        var name = session.Harmonizer.Gene(call.Gene);
        var notes = new List<HarmonizationNote>();
        AddNote(notes, name.Note);
        var notCalled = (call.Diplotype is { } d && d.StartsWith("Unknown", StringComparison.OrdinalIgnoreCase))
            || session.Harmonizer.IsNoResult(call.Phenotype) || session.Harmonizer.IsNoResult(call.Diplotype);
        var diplotype = call.Diplotype is null ? string.Empty : WithoutGenePrefixes(call.Diplotype);
        if (call.Diplotype is not null && diplotype != call.Diplotype)
        {
            notes.Add(new HarmonizationNote("diplotype", call.Diplotype, diplotype, "gene prefix removed from allele names"));
        }

        var phenotype = notCalled || call.Phenotype is null ? null : session.Harmonizer.Phenotype(call.Phenotype, call.Gene);
        AddNote(notes, phenotype?.Note);
        builder.Coverage.Measured(Layer.Pharmacogenomics, name.Symbol);
        builder.AddPharmacogenomics(new PharmacogenomicResult
        {
            Source = file.At(call.Line),
            Original = call.Text,
            Notes = notes,
            Gene = name.Symbol,
            Diplotype = diplotype,
            Called = !notCalled,
            Phenotype = notCalled ? null : phenotype?.Phenotype ?? call.Phenotype,
            ActivityScore = notCalled ? null : call.ActivityScore,
        });
    }

    /// <summary>"A*02:02:02/*03:02:01" → "*02:02:02/*03:02:01"; "CYP2C9*1/CYP2C9*3" → "*1/*3". Combinations keep their brackets.</summary>
    private static string WithoutGenePrefixes(string diplotype) => AllelePrefix().Replace(diplotype, "$1*");

    private static void AddNote(List<HarmonizationNote> notes, HarmonizationNote? note)
    {
        if (note is not null)
        {
            notes.Add(note);
        }
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")]
    private static partial Regex GeneShape();

    [GeneratedRegex(@"(^|[/\[+ ])[A-Za-z][A-Za-z0-9-]*\*")]
    private static partial Regex AllelePrefix();
}
