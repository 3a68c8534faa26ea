using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

public class ClinicalReaderTests
{
    private const string Samples =
        "#Patient Identifier\tSample Identifier\tOncotree\tCancer Type\tTMB\tMSI Type\tMSI Score\tPurity\tSample Type\n" +
        "#Patient\tSample\tCode\tType\tTMB (nonsynonymous)\tMSI\tScore\tPurity\tType\n" +
        "#STRING\tSTRING\tSTRING\tSTRING\tNUMBER\tSTRING\tNUMBER\tNUMBER\tSTRING\n" +
        "#1\t1\t1\t1\t1\t1\t1\t1\t1\n" +
        "PATIENT_ID\tSAMPLE_ID\tONCOTREE_CODE\tCANCER_TYPE\tTMB_NONSYNONYMOUS\tMSI_TYPE\tMSI_SCORE\tTUMOR_PURITY\tSAMPLE_TYPE\n" +
        "P1\tP1-T\tCOAD\tColorectal Cancer\t41.2\tInstable\t28.5\t60\tPrimary\n" +
        "P2\tP2-T\tLUAD\tNon-Small Cell Lung Cancer\t[Not Available]\tStable\t0.4\t0.35\tMetastasis\n";

    private const string Patients =
        "#Patient Identifier\tSex\tAge\n#Patient\tSex\tAge\n#STRING\tSTRING\tNUMBER\n#1\t1\t1\n" +
        "PATIENT_ID\tSEX\tAGE\nP1\tFemale\t67\nP2\tMale\t>89\n";

    [Fact]
    public async Task CbioportalAttributes_MapToTumorTypeBiomarkersSpecimenAndPatient()
    {
        using var folder = new TempFolder();

        var cases = await Imports.CasesAsync(folder.Write("data_clinical_sample.txt", Samples), folder.Write("data_clinical_patient.txt", Patients));

        var p1 = cases.Case("P1-T");
        Assert.Equal("COAD", p1.TumorType?.Code);
        Assert.Equal(41.2, p1.Tmb?.MutationsPerMegabase);
        Assert.Equal(MsiStatus.High, p1.Msi?.Status);
        Assert.Equal(28.5, p1.Msi?.Score);
        Assert.Contains(p1.Msi!.Notes, n => n.Original == "Instable");
        Assert.Equal(0.6, p1.Specimen.TumorPurity);
        Assert.Equal("Primary", p1.Specimen.SampleType);
        Assert.Equal((Sex.Female, 67.0), (p1.Patient.Sex, p1.Patient.Age));
        Assert.Equal(TestStatus.Tested, p1.Profiling.StatusOf(Layer.Tmb));

        var p2 = cases.Case("P2-T");
        Assert.Null(p2.Tmb);
        Assert.Equal(TestStatus.NotTested, p2.Profiling.StatusOf(Layer.Tmb));
        Assert.Equal(MsiStatus.Stable, p2.Msi?.Status);
        Assert.Equal(0.35, p2.Specimen.TumorPurity);
        Assert.Equal(Sex.Male, p2.Patient.Sex);
        Assert.Null(p2.Patient.Age); // ">89" is de-identification censoring, not an age
    }

    [Fact]
    public async Task NonNumericValueInANumberColumn_IsAnError()
    {
        using var folder = new TempFolder();

        var result = await Imports.RunAsync(folder.Write("data_clinical_sample.txt", Samples.Replace("\t0.4\t", "\thigh\t", StringComparison.Ordinal)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("not-a-number", 7, 7), (error.Code, error.Line, error.Column));
    }
}
