using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Hl7v2;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// Every message is read by an independent HL7 v2 parser (npm 'hl7v2' with its v2.5.1 dictionary): it is an
/// ORU^R01 whose segments all fit the message structure, with the settings' applications and facilities, the patient,
/// the status of the version, and for signed versions the PDF in an OBX of type ED.
/// </summary>
public class Hl7MessageTests
{
    private static readonly Hl7Options Settings = new()
    {
        SendingApplication = "OMICS_LAB",
        SendingFacility = "MOLPATH",
        ReceivingApplication = "EPIC",
        ReceivingFacility = "UKE",
    };

    [Fact]
    public async Task DemoMessages_EveryStatus_ParseAsOruR01WithTheSettingsPatientStatusAndPdf()
    {
        var cases = await InteropCases.DemoCasesAsync();
        var versions = cases.SelectMany(c => new[] { ("draft", c), ("final", c), ("amended", c) }).ToList();
        var messages = versions.Select(v => OruR01Writer.Write(Request(v.Item2, v.Item1), Settings,
            new() { SignedPdf = v.Item1 == "draft" ? null : FhirExportValidationTests.MinimalPdfBytes })).ToList();

        var parsed = await NodeHl7Parser.ParseAsync(messages);

        Assert.Equal(21, parsed.Count);
        foreach (var ((status, omicsCase), message) in versions.Zip(parsed))
        {
            var where = $"{omicsCase.Specimen.SampleId} ({status})";
            Assert.True(message.Error is null, $"{where}: {message.Error}");
            Assert.Equal(("2.5.1", "ORU^R01", "ORU_R01"), (message.Version, message.MessageType, message.Structure));
            Assert.True(message.StructuredSegments == message.Segments!.Count, $"{where}: {message.Segments.Count - message.StructuredSegments} segments outside the ORU_R01 structure");
            var msh = message.One("MSH");
            Assert.Equal(("OMICS_LAB", "MOLPATH", "EPIC", "UKE"), (msh.Value(3), msh.Value(4), msh.Value(5), msh.Value(6)));
            var pid = message.One("PID");
            Assert.Equal(omicsCase.Patient.Mrn, pid.Value(3));
            Assert.Equal((omicsCase.Patient.FamilyName, omicsCase.Patient.GivenName), (pid.Value(5), pid.Value(5, 2)));
            Assert.Equal(status switch { "draft" => "P", "final" => "F", _ => "C" }, message.One("OBR").Value(25));
            var pdf = message.All("OBX").Where(o => o.Value(2) == "ED").ToList();
            if (status == "draft")
            {
                Assert.Empty(pdf);
            }
            else
            {
                Assert.Equal(("application", "pdf", "Base64"), (pdf.Single().Value(5, 2), pdf.Single().Value(5, 3), pdf.Single().Value(5, 4)));
                Assert.Equal(FhirExportValidationTests.MinimalPdfBytes, Convert.FromBase64String(pdf.Single().Value(5, 5)!));
            }
        }
    }

    [Fact]
    public async Task DelimitersAndLineBreaks_AreEscaped_AndTheParserReadsTheTextBack()
    {
        var lung = (await InteropCases.DemoCasesAsync()).Single(c => c.Specimen.SampleId == "DEMO-S3-LUNG");
        var awkward = lung with { Patient = lung.Patient with { FamilyName = @"O'Brien|Smith^Jr~X&Y\Z", GivenName = "Ann\r\nMarie" } };
        var request = Request(awkward, "amended") with
        {
            Version = Request(awkward, "amended").Version with { AmendmentReason = "Tumour type corrected.\nReviewed | by ^board~ & \\ again" },
        };

        var text = OruR01Writer.Write(request, Settings);
        var message = Assert.Single(await NodeHl7Parser.ParseAsync([text]));

        Assert.Null(message.Error);
        Assert.Equal(text.Count(c => c == '\r'), message.Segments!.Count);
        var pid = message.One("PID");
        Assert.Equal((@"O'Brien|Smith^Jr~X&Y\Z", "Ann Marie"), (pid.Value(5), pid.Value(5, 2)));
        var conclusion = message.All("NTE").First().Value(3);
        Assert.Contains(@"Tumour type corrected.\.br\Reviewed | by ^board~ & \ again", conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CbioportalStudy_EveryMessage_ParsesWithEverySegmentInTheStructure()
    {
        var cases = await InteropCases.StudyCasesAsync();
        var messages = cases.Select(c => OruR01Writer.Write(InteropCases.Request(c, signed: true), Settings,
            new() { SignedPdf = FhirExportValidationTests.MinimalPdfBytes })).ToList();

        var parsed = await NodeHl7Parser.ParseAsync(messages);

        var broken = parsed.Where(p => p.Error is not null || p.Structure != "ORU_R01" || p.StructuredSegments != p.Segments?.Count).ToList();
        Assert.True(cases.Count > 800, $"{cases.Count} samples");
        Assert.True(broken.Count == 0, string.Join('\n', broken.Take(10).Select(b => $"{b.File}: {b.Error ?? $"{b.StructuredSegments} of {b.Segments?.Count} segments in {b.Structure}"}")));
    }

    [Theory]
    [InlineData("plain", "plain", false)]
    [InlineData(@"a|b^c&d~e\f", @"a\F\b\S\c\T\d\R\e\E\f", false)]
    [InlineData("one\r\ntwo\nthree\rfour", "one two three four", false)]
    [InlineData("one\r\ntwo\nthree", @"one\.br\two\.br\three", true)]
    [InlineData("bell\u0007gone", "bellgone", false)]
    public void Escape_FollowsTheStandard(string text, string expected, bool formatted)
    {
        Assert.Equal(expected, Hl7Text.Escape(text, formatted));
    }

    private static OmicsReports.Reporting.Print.PrintRequest Request(OmicsCase omicsCase, string status) =>
        InteropCases.Request(omicsCase, signed: status != "draft", amendmentReason: status == "amended" ? "Tumour type corrected" : null, version: status == "amended" ? 2 : 1);
}
