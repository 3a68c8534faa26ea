using Hl7.Fhir.Model;
using OmicsReports.Domain.Reports;
using static OmicsReports.Reporting.Fhir.FhirValues;
using FhirTask = Hl7.Fhir.Model.Task;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Recommended actions as IG Tasks: a medication recommendation for each dose or avoid statement (codes from LOINC
/// answer list LL4049-4, as the IG's examples use them), and a follow-up recommendation for each test the report
/// says is missing.
/// </summary>
internal static class FhirRecommendations
{
    public static void Medication(FhirDocument document, Implication implication, ResourceReference reason, int index)
    {
        var code = implication.Direction switch
        {
            Direction.ReduceDose => new CodeableConcept(FhirTerms.Loinc, FhirTerms.DecreaseDose, "Decrease dose", implication.DoseAdjustment ?? "Reduce the dose"),
            Direction.Avoid => new CodeableConcept(FhirTerms.Loinc, FhirTerms.ConsiderAlternative, "Consider alternative medication", "Avoid " + string.Join(" + ", implication.Therapies)),
            Direction.Alternative => new CodeableConcept(FhirTerms.Loinc, FhirTerms.ConsiderAlternative, "Consider alternative medication", implication.DoseAdjustment ?? "Choose an alternative"),
            _ => null,
        };
        if (code is null)
        {
            return;
        }

        var task = NewTask(document, FhirTerms.MedicationRecommendationProfile, code);
        task.Description = $"{string.Join(" + ", implication.Therapies)}: {code.Text} ({implication.Biomarker}).";
        task.ReasonReference = new ResourceReference(reason.Reference);
        document.Actions.Add(document.Add(task, $"MedicationRecommendation/{index}"));
    }

    public static void FollowUps(FhirDocument document)
    {
        var index = 0;
        foreach (var test in document.Request.Report.RecommendedTests)
        {
            var task = NewTask(document, FhirTerms.FollowUpProfile, Text(test.Test));
            task.Description = test.Reason;
            document.Actions.Add(document.Add(task, $"FollowUp/{index++}"));
        }
    }

    private static FhirTask NewTask(FhirDocument document, string profile, CodeableConcept code) => new()
    {
        Meta = new Meta { Profile = [profile] },
        Status = FhirTask.TaskStatus.Requested,
        Intent = FhirTask.TaskIntent.Proposal,
        Code = code,
        For = document.Patient,
        AuthoredOn = new FhirDateTime(document.Issued).Value,
    };
}
