using System.Security.Cryptography;
using System.Text;
using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Interop;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Hl7v2;

/// <summary>
/// Writes one stored report version as an HL7 v2.5.1 ORU^R01 message: MSH, PID, ORC, OBR with the conclusion as a
/// note, then OBX groups for the key findings (see <see cref="OruFindings"/>) and, for a signed version, the signed PDF
/// as an OBX of type ED. Segments end with a carriage return, as the standard requires (docs/interop.md).
/// </summary>
public static class OruR01Writer
{
    /// <summary>The media type commonly used for ER7-encoded HL7 v2 (no IANA registration exists for it).</summary>
    public const string ContentType = "x-application/hl7-v2+er7";

    public static string Write(PrintRequest request, Hl7Options settings, InteropExtras? extras = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        extras ??= new InteropExtras();
        var version = request.Version;
        var status = version.Status switch
        {
            PrintStatus.Final => "F",
            PrintStatus.Amended => "C",
            _ => "P",
        };
        var issued = version.Signature?.SignedAt ?? request.GeneratedAt;
        var filler = $"{version.ReportId}-v{version.Version}";
        var segments = new List<Hl7Segment>
        {
            // MSH-1 is the field separator itself, so for MSH the builder's position n is MSH-(n+1).
            new Hl7Segment("MSH").Raw(1, @"^~\&")
                .Set(2, settings.SendingApplication).Set(3, settings.SendingFacility)
                .Set(4, settings.ReceivingApplication).Set(5, settings.ReceivingFacility)
                .Raw(6, Hl7Segment.Time(request.GeneratedAt))
                .Components(8, "ORU", "R01", "ORU_R01").Set(9, ControlId(version)).Set(10, settings.ProcessingId).Set(11, "2.5.1")
                .Set(14, "AL").Set(15, "NE").Set(17, "UNICODE UTF-8"),
            Patient(request.Case, settings),
            new Hl7Segment("ORC").Set(1, "RE").Components(3, filler, settings.SendingApplication).Set(5, version.Signature is null ? "IP" : "CM"),
            new Hl7Segment("OBR").Set(1, "1").Components(3, filler, settings.SendingApplication)
                .Components(4, "51969-4", "Genetic analysis report", "LN")
                .Raw(7, request.Case.Specimen.CollectedOn is { } on ? Hl7Segment.Date(on) : string.Empty)
                .Raw(22, Hl7Segment.Time(issued)).Set(24, "GE").Set(25, status),
            Note(1, InteropSummary.Conclusion(request)),
        };
        if (version.Signature is { } signature)
        {
            segments.Add(Note(2, $"Signed by {signature.Pathologist} on {signature.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC."));
        }

        var findings = new OruFindings(request, extras, status);
        segments.AddRange(findings.Segments());
        if (version.Signature is not null && extras.SignedPdf is { } pdf)
        {
            segments.Add(findings.Pdf(pdf));
        }

        var message = new StringBuilder();
        foreach (var segment in segments)
        {
            message.Append(segment).Append('\r');
        }

        return message.ToString();
    }

    /// <summary>NTE with formatted text (FT), where line breaks are kept as \.br\.</summary>
    internal static Hl7Segment Note(int setId, string text) =>
        new Hl7Segment("NTE").Set(1, setId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set(2, "L").Raw(3, Hl7Text.Escape(text, formatted: true));

    /// <summary>
    /// MSH-10, stable per version (20 characters, the field's length in 2.5.1): a receiver sees a resent message as
    /// the same message.
    /// </summary>
    private static string ControlId(PrintVersion version) =>
        "OR" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{version.ReportId}|{version.Version}")))[..18];

    private static Hl7Segment Patient(OmicsCase omicsCase, Hl7Options settings)
    {
        var patient = omicsCase.Patient;
        var ids = new List<string>();
        if (patient.Mrn is { } mrn)
        {
            ids.Add(Hl7Segment.Join(mrn, null, null, settings.SendingFacility, "MR"));
        }

        ids.Add(Hl7Segment.Join(patient.Id, null, null, settings.SendingFacility, "PI"));
        return new Hl7Segment("PID").Set(1, "1").Raw(3, string.Join('~', ids))
            .Components(5, patient.FamilyName ?? string.Empty, patient.GivenName)
            .Raw(7, patient.BirthDate is { } born ? Hl7Segment.Date(born) : string.Empty)
            .Set(8, patient.Sex switch
            {
                Sex.Female => "F",
                Sex.Male => "M",
                Sex.Other => "O",
                _ => "U",
            });
    }
}
