using OmicsReports.Data.Pipeline;

namespace OmicsReports.Web.Features.Import;

/// <summary>
/// The progress of one upload, as the import page shows it: it starts from nothing for each upload, only moves
/// forward while the upload runs, and ignores a late step once the outcome is known.
/// </summary>
public sealed class ImportProgress
{
    public bool Running { get; private set; }

    /// <summary>0 to 1.</summary>
    public double Fraction { get; private set; }

    /// <summary>The step in words, or null before the first upload.</summary>
    public string? Step { get; private set; }

    public bool Visible => Running || Step is not null;

    /// <summary>Forgets the last upload, e.g. when other files are chosen.</summary>
    public void Clear() => (Running, Fraction, Step) = (false, 0, null);

    public void Start(string step) => (Running, Fraction, Step) = (true, 0, step);

    /// <summary>Takes a step; true when it changed what is shown enough to draw again (a new step, or a percent more).</summary>
    public bool Report(ImportStep update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!Running)
        {
            return false;
        }

        var before = (Step, Fraction);
        Step = update.Message;
        if (update.Fraction is { } fraction)
        {
            Fraction = Math.Clamp(Math.Max(Fraction, fraction), 0, 1);
        }

        return before.Step != Step || Fraction - before.Fraction >= 0.01;
    }

    /// <summary>The upload ended: <paramref name="stored"/> fills the bar, a refusal leaves it where it stopped.</summary>
    public void Finish(string step, bool stored) => (Running, Fraction, Step) = (false, stored ? 1 : Fraction, step);
}
