using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Pipeline;

/// <summary>
/// The seam to the rules engine (Domain/Knowledge): evaluates a harmonized case against the knowledge base into the
/// distilled report. The web host binds it to the distiller over the knowledge base it loaded at start-up.
/// </summary>
public interface IReportEngine
{
    /// <summary>The knowledge base the engine evaluates with, or null when none is loaded.</summary>
    KnowledgeBaseStamp? KnowledgeBase { get; }

    OmicsReport Evaluate(OmicsCase omicsCase);
}

/// <summary>Thrown when the engine cannot evaluate; the import then stores nothing.</summary>
public sealed class ReportEngineUnavailableException(string message) : InvalidOperationException(message);
