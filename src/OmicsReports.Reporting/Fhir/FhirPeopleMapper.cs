using System.Globalization;
using Hl7.Fhir.Model;
using OmicsReports.Domain.Cases;
using static OmicsReports.Reporting.Fhir.FhirValues;
using FhirPatient = Hl7.Fhir.Model.Patient;
using FhirSpecimen = Hl7.Fhir.Model.Specimen;

namespace OmicsReports.Reporting.Fhir;

/// <summary>Patient, Specimen and the specimen's tumour purity: who and what the report is about.</summary>
internal static class FhirPeopleMapper
{
    /// <summary>Words of the purity Observation's code: LOINC offers none that the IG or the product's sources name.</summary>
    public const string PurityText = "Tumor purity";

    public static void Map(FhirDocument document)
    {
        var omicsCase = document.Request.Case;
        document.Patient = document.Add(Patient(omicsCase.Patient), "Patient");
        var specimen = new FhirSpecimen
        {
            Subject = document.Patient,
            Type = omicsCase.Specimen.SampleType is { } type ? Text(type) : null,
            Collection = omicsCase.Specimen.CollectedOn is { } on ? new FhirSpecimen.CollectionComponent { Collected = Date(on) } : null,
        };
        specimen.Identifier.Add(new Identifier { Value = omicsCase.Specimen.SampleId });
        document.Specimen = document.Add(specimen, "Specimen");

        if (omicsCase.Specimen.TumorPurity is { } purity)
        {
            var observation = new Observation
            {
                Status = document.ObservationStatus,
                Code = Text(PurityText),
                Subject = document.Patient,
                Specimen = document.Specimen,
                Issued = document.Issued,
                Value = new Quantity { Value = Decimal(purity * 100), Unit = "%", System = FhirTerms.Ucum, Code = "%" },
            };
            observation.Category.Add(new CodeableConcept(FhirTerms.ObservationCategory, "laboratory"));
            document.AddResult(observation, "Purity");
        }
    }

    private static FhirPatient Patient(Domain.Cases.Patient patient)
    {
        var result = new FhirPatient
        {
            // The source's own patient identifier first: an importer that takes the first identifier gets it back.
            Identifier = [new Identifier { Value = patient.Id }],
            Gender = patient.Sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                Sex.Other => AdministrativeGender.Other,
                _ => AdministrativeGender.Unknown,
            },
            BirthDate = patient.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (patient.Mrn is { } mrn)
        {
            result.Identifier.Add(new Identifier { Type = Concept(FhirTerms.V2Table0203, "MR", "Medical record number"), Value = mrn });
        }

        if (patient.FamilyName is not null || patient.GivenName is not null)
        {
            var name = new HumanName { Use = HumanName.NameUse.Official, Family = patient.FamilyName };
            if (patient.GivenName is { } given)
            {
                name.Given = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }

            result.Name.Add(name);
        }

        return result;
    }

    private static FhirDateTime Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
