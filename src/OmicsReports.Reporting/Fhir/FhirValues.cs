using System.Globalization;
using Hl7.Fhir.Model;

namespace OmicsReports.Reporting.Fhir;

/// <summary>Small constructors for the components and values the mappers write again and again.</summary>
internal static class FhirValues
{
    public static CodeableConcept LoincCode(string code, string? display = null) => new(FhirTerms.Loinc, code, display, null);

    public static CodeableConcept Concept(string system, string code, string? display = null) => new(system, code, display, null);

    /// <summary>A concept known only by words: no code system offers a code for it.</summary>
    public static CodeableConcept Text(string text) => new() { Text = text };

    public static CodeableConcept So(SoTerm term) => new(FhirTerms.SequenceOntology, term.Id, term.Name, null);

    public static Observation.ComponentComponent Component(CodeableConcept code, DataType value) => new() { Code = code, Value = value };

    public static Observation.ComponentComponent Loinc(string code, DataType value) => Component(LoincCode(code), value);

    public static Observation.ComponentComponent Tbd(string code, DataType value) => Component(Concept(FhirTerms.TbdCodes, code), value);

    /// <summary>A dimensionless UCUM quantity ("1"), e.g. an allele fraction or a read count.</summary>
    public static Quantity Count(decimal value) => new() { Value = value, System = FhirTerms.Ucum, Code = "1" };

    /// <summary>The shortest decimal that reads back as the same double, so that values survive a round trip exactly.</summary>
    public static decimal Decimal(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
