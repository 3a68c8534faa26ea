namespace OmicsReports.Ingest.Tests.Fhir;

/// <summary>A small transaction bundle: a patient, a specimen, a variant, a TMB and a therapeutic implication.</summary>
internal static class FhirFixtures
{
    public const string Bundle = """
        {
          "resourceType": "Bundle",
          "type": "transaction",
          "entry": [
            { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p", "identifier": [ { "value": "P-1" } ], "gender": "female", "birthDate": "1970-01-02" } },
            { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "Specimen", "id": "s", "identifier": [ { "value": "S-1" } ], "subject": { "reference": "urn:uuid:p" } } },
            { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "Observation", "id": "v",
              "code": { "coding": [ { "system": "http://loinc.org", "code": "69548-6" } ] },
              "subject": { "reference": "urn:uuid:p" }, "specimen": { "reference": "urn:uuid:s" },
              "valueCodeableConcept": { "coding": [ { "system": "http://loinc.org", "code": "LA9633-4", "display": "Present" } ] },
              "component": [
                { "code": { "coding": [ { "system": "http://loinc.org", "code": "48018-6" } ] }, "valueCodeableConcept": { "coding": [ { "system": "http://www.genenames.org", "code": "HGNC:3236", "display": "EGFR" } ] } },
                { "code": { "coding": [ { "system": "http://loinc.org", "code": "48005-3" } ] }, "valueCodeableConcept": { "coding": [ { "system": "http://varnomen.hgvs.org", "code": "NP_005219.2:p.Leu858Arg" } ] } },
                { "code": { "coding": [ { "system": "http://loinc.org", "code": "81258-6" } ] }, "valueQuantity": { "value": 0.31 } }
              ] } },
            { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "Observation", "id": "t",
              "code": { "coding": [ { "system": "http://loinc.org", "code": "94076-7" } ] }, "subject": { "reference": "urn:uuid:p" },
              "valueQuantity": { "value": 12.5, "unit": "mutations/Mb" } } },
            { "fullUrl": "urn:uuid:i", "resource": { "resourceType": "Observation", "id": "i",
              "code": { "coding": [ { "system": "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs", "code": "therapeutic-implication" } ] },
              "subject": { "reference": "urn:uuid:p" }, "derivedFrom": [ { "reference": "urn:uuid:v" } ],
              "component": [ { "code": { "coding": [ { "system": "http://loinc.org", "code": "51963-7" } ] }, "valueCodeableConcept": { "text": "Osimertinib" } } ] } }
          ]
        }
        """;
}
