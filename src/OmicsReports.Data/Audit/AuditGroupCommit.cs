namespace OmicsReports.Data.Audit;

/// <summary>
/// Group commit for audit appends: entries that arrive while a batch is being written wait together and are written
/// by the next batch, in one transaction and one durable commit, instead of one commit (one fsync on SQLite) each.
/// Every caller still waits until its own entry is committed, and sees the batch's failure if the commit fails, so
/// no entry is ever acknowledged before it is stored. Batches are written one after the other, so the chain's links
/// follow the order of the queue.
/// </summary>
internal sealed class AuditGroupCommit(Func<IReadOnlyList<AuditEntry>, Task> writeBatch)
{
    /// <summary>An upper bound on one transaction, so a long queue is written in steps that each finish soon.</summary>
    private const int MaxBatch = 256;

    private readonly Lock sync = new();
    private List<Pending> queue = [];
    private bool writing;

    /// <summary>Completes when <paramref name="entry"/> is durably committed; throws if its batch failed.</summary>
    public Task AppendAsync(AuditEntry entry)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (sync)
        {
            queue.Add(pending);
            lead = !writing;
            writing = true;
        }

        if (lead)
        {
            // The caller that finds no batch in progress writes the queue (its own entry included) on its own turn.
            _ = WriteNextBatchAsync();
        }

        return pending.Committed.Task;
    }

    private async Task WriteNextBatchAsync()
    {
        List<Pending> batch;
        lock (sync)
        {
            if (queue.Count <= MaxBatch)
            {
                batch = queue;
                queue = [];
            }
            else
            {
                batch = queue[..MaxBatch];
                queue = queue[MaxBatch..];
            }
        }

        try
        {
            await writeBatch(batch.ConvertAll(p => p.Entry));
            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad entry must not fail the other requests that shared its commit: each is written again on its own,
            // and only the ones that fail alone report the failure.
            foreach (var pending in batch)
            {
                try
                {
                    await writeBatch([pending.Entry]);
                    pending.Committed.TrySetResult();
                }
                catch (Exception alone)
                {
                    pending.Committed.TrySetException(alone);
                }
            }
        }
        catch (Exception ex)
        {
            // The request fails as a lone append always did; the next batch starts afresh.
            batch[0].Committed.TrySetException(ex);
        }

        bool more;
        lock (sync)
        {
            more = queue.Count > 0;
            writing = more;
        }

        if (more)
        {
            // The entries that queued meanwhile are written next, off this stack, by whichever thread is free.
            _ = Task.Run(WriteNextBatchAsync);
        }
    }

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Committed);
}
