using System.Security.Claims;
using System.Threading.Channels;
using OmicsReports.Data.Pipeline;

namespace OmicsReports.Web.Features.Api;

/// <summary>An accepted import waiting for the worker; the files stay in memory only.</summary>
internal sealed record ApiImportJob(Guid ImportId, ClaimsPrincipal Client, string RemoteAddress, IReadOnlyList<UploadedFile> Files);

/// <summary>
/// The imports accepted but not yet run. Bounded, because each holds up to 200 MB of files: when it is full the POST
/// answers 503 with Retry-After instead of taking more.
/// </summary>
internal sealed class ApiImportQueue
{
    public const int Capacity = 4;

    /// <summary>The longest one import may run before it is cancelled (and fails, storing nothing).</summary>
    public static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(10);

    private readonly Channel<ApiImportJob> channel = Channel.CreateBounded<ApiImportJob>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public bool TryEnqueue(ApiImportJob job) => channel.Writer.TryWrite(job);

    public ChannelReader<ApiImportJob> Reader => channel.Reader;
}
