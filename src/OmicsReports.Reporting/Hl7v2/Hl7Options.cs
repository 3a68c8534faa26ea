using System.ComponentModel.DataAnnotations;

namespace OmicsReports.Reporting.Hl7v2;

/// <summary>Settings of the HL7 v2 writer, section <c>Omics:Hl7</c> of appsettings.json: who sends to whom (MSH-3 to MSH-6).</summary>
public sealed class Hl7Options
{
    public const string Section = "Omics:Hl7";

    /// <summary>MSH-3, the sending application.</summary>
    [Required]
    [StringLength(20, MinimumLength = 1)]
    public string SendingApplication { get; set; } = "OmicsReports";

    /// <summary>MSH-4, the sending facility: the laboratory.</summary>
    [Required]
    [StringLength(20, MinimumLength = 1)]
    public string SendingFacility { get; set; } = "LAB";

    /// <summary>MSH-5, the receiving application: the EHR's interface engine.</summary>
    [Required]
    [StringLength(20, MinimumLength = 1)]
    public string ReceivingApplication { get; set; } = "EHR";

    /// <summary>MSH-6, the receiving facility.</summary>
    [Required]
    [StringLength(20, MinimumLength = 1)]
    public string ReceivingFacility { get; set; } = "HOSPITAL";

    /// <summary>MSH-11: P (production), T (training) or D (debugging).</summary>
    [RegularExpression("^[PTD]$")]
    public string ProcessingId { get; set; } = "P";
}
