using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;

namespace OmicsReports.Data.Pipeline;

/// <summary>The rules engine behind the <see cref="IReportEngine"/> seam: the distiller over one loaded knowledge base.</summary>
public sealed class DistillingReportEngine(ReportDistiller distiller) : IReportEngine
{
    public KnowledgeBaseStamp? KnowledgeBase => distiller.KnowledgeBase.Stamp;

    public OmicsReport Evaluate(OmicsCase omicsCase) => distiller.Distill(omicsCase);
}
