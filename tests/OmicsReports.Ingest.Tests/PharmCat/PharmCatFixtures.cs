namespace OmicsReports.Ingest.Tests.PharmCat;

/// <summary>A small report.json in PharmCAT 3's layout, and an outside-call file.</summary>
internal static class PharmCatFixtures
{
    public const string Report = """
        {
          "title": "PharmCAT Report",
          "pharmcatVersion": "3.1.0",
          "genes": {
            "CYP2C19": { "geneSymbol": "CYP2C19", "callSource": "MATCHER",
              "sourceDiplotypes": [ { "label": "*2/*2", "phenotypes": [ "Poor Metabolizer" ], "activityScore": null } ] },
            "CYP2D6": { "geneSymbol": "CYP2D6", "callSource": "NONE",
              "sourceDiplotypes": [ { "label": "Unknown/Unknown", "phenotypes": [ "No Result" ], "activityScore": "No Result" } ] }
          },
          "drugs": {
            "CPIC Guideline Annotation": {
              "clopidogrel": { "name": "clopidogrel", "guidelines": [ { "annotations": [ {
                "drugRecommendation": "Avoid clopidogrel if possible.\n<h4 id=\"x\">Other Considerations</h4>\nFor ACS.",
                "classification": "Strong", "population": "general", "phenotypes": { "CYP2C19": "Poor Metabolizer" } } ] } ] }
            }
          }
        }
        """;

    public const string OutsideCalls = "CYP2D6\t*1/*3\nHLA-B\t\t*57:01 positive\nCYP2C9\t\t\t2.0\n";
}
