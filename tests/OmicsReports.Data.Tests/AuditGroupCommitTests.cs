using OmicsReports.Data.Audit;

namespace OmicsReports.Data.Tests;

/// <summary>
/// The group commit in isolation: concurrent appends share batches, every caller learns its own entry's fate, and one
/// entry that cannot be written does not fail the others that shared its batch.
/// </summary>
public class AuditGroupCommitTests
{
    [Fact]
    public async Task ConcurrentAppends_AreWrittenInFewerBatches_EachOnce_InQueueOrder()
    {
        var written = new List<string>();
        var batches = 0;
        var release = new TaskCompletionSource();
        var commit = new AuditGroupCommit(async entries =>
        {
            Interlocked.Increment(ref batches);
            await release.Task;
            lock (written)
            {
                written.AddRange(entries.Select(e => e.Action));
            }
        });

        var first = commit.AppendAsync(Entry("a0"));
        var rest = Enumerable.Range(1, 20).Select(i => commit.AppendAsync(Entry($"a{i}"))).ToArray();
        release.SetResult();
        await Task.WhenAll(rest.Append(first));

        Assert.Equal(Enumerable.Range(0, 21).Select(i => $"a{i}"), written);
        Assert.Equal(2, batches);
    }

    [Fact]
    public async Task OneBadEntry_FailsOnlyItsOwnAppend()
    {
        var release = new TaskCompletionSource();
        var stored = new List<string>();
        var commit = new AuditGroupCommit(async entries =>
        {
            await release.Task;
            if (entries.Any(e => e.Action == "bad"))
            {
                throw new InvalidOperationException("constraint");
            }

            stored.AddRange(entries.Select(e => e.Action));
        });

        var blocker = commit.AppendAsync(Entry("first"));
        var good1 = commit.AppendAsync(Entry("good1"));
        var bad = commit.AppendAsync(Entry("bad"));
        var good2 = commit.AppendAsync(Entry("good2"));
        release.SetResult();

        await blocker;
        await good1;
        await good2;
        await Assert.ThrowsAsync<InvalidOperationException>(() => bad);
        Assert.Equal(["first", "good1", "good2"], stored);
    }

    private static AuditEntry Entry(string action) => new() { Action = action };
}
