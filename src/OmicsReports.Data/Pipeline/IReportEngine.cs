using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Pipeline;

/// <summary>
/// The seam to the rules engine (Domain/Knowledge): evaluates a harmonized case against the knowledge base into the
/// distilled report. The integrator binds the real engine; until then <see cref="EngineNotInstalled"/> answers.
/// </summary>
public interface IReportEngine
{
    /// <summary>The knowledge base the engine evaluates with, or null when none is loaded.</summary>
    KnowledgeBaseStamp? KnowledgeBase { get; }

    OmicsReport Evaluate(OmicsCase omicsCase);
}

/// <summary>Thrown when the engine cannot evaluate; the import then stores nothing.</summary>
public sealed class ReportEngineUnavailableException(string message) : InvalidOperationException(message);

internal sealed class EngineNotInstalled : IReportEngine
{
    public KnowledgeBaseStamp? KnowledgeBase => null;

    public OmicsReport Evaluate(OmicsCase omicsCase) =>
        throw new ReportEngineUnavailableException("This installation has no rules engine yet, so no report can be made.");
}
