using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Audit;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary>
/// The audit trail's hash chain on the provider under test: appends link, and a change, a deletion or a removal from
/// the end made behind the triggers' back is found and named. Tampering tests use a database of their own.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class AuditChainTests
{
    [Fact]
    public async Task Appends_LinkEachEntryToThePreviousOne_WithoutGaps()
    {
        await using var data = await DataHost.StartAsync();
        await AppendAsync(data, 4);

        await using var db = await data.ContextAsync();
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var verification = await AuditVerifier.VerifyAsync(db);

        Assert.Equal([1L, 2L, 3L, 4L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(entries, e => Assert.Equal(AuditChain.HashOf(e), e.Hash));
        Assert.True(verification.Intact);
        Assert.Equal((4L, entries[3].Hash), (verification.Entries, verification.LastHash));
    }

    [Fact]
    public async Task RewrittenEntry_IsNamed()
    {
        await using var data = await DataHost.StartAsync();
        await AppendAsync(data, 5);

        await AuditTampering.RewriteAsync(data.Database, sequence: 3);

        var verification = await VerifyAsync(data);
        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBreak!.Sequence);
        Assert.Contains("entry 3 (id", verification.FirstBreak.Problem, StringComparison.Ordinal);
        Assert.Contains("changed after it was written", verification.FirstBreak.Problem, StringComparison.Ordinal);
        Assert.Equal(2, verification.Entries);
    }

    [Fact]
    public async Task DeletedEntries_AreNamed()
    {
        await using var data = await DataHost.StartAsync();
        await AppendAsync(data, 6);

        await AuditTampering.DeleteAsync(data.Database, 2, 3);

        var verification = await VerifyAsync(data);
        Assert.Equal(2, verification.FirstBreak!.Sequence);
        Assert.Contains("entries 2 to 3 are missing", verification.FirstBreak.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesRemovedFromTheEnd_AreFoundWithACheckpoint()
    {
        await using var data = await DataHost.StartAsync();
        await AppendAsync(data, 5);
        var before = await VerifyAsync(data);
        var checkpoint = AuditCheckpoint.Parse($"{before.LastSequence}:{before.LastHash}")!;

        await AuditTampering.DeleteAsync(data.Database, 4, 5);

        await using var db = await data.ContextAsync();
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact); // the chain alone cannot tell
        var withCheckpoint = await AuditVerifier.VerifyAsync(db, checkpoint);
        Assert.Contains("entries were removed from the end", withCheckpoint.FirstBreak!.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5:abc")]
    [InlineData("five:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    public void Checkpoint_NotSequenceColonHash_IsRefused(string text) => Assert.Null(AuditCheckpoint.Parse(text));

    [Fact]
    public void Hash_CoversEveryField_AndTheLink()
    {
        var entry = new AuditEntry
        {
            At = DateTimeOffset.UnixEpoch, UserId = "u", UserName = "n", Action = "a", TargetType = "t", TargetId = "i",
            RemoteAddress = "r", Detail = "d", Sequence = 1, PreviousHash = AuditChain.Genesis,
        };
        var original = AuditChain.HashOf(entry);
        var variants = new Func<AuditEntry, AuditEntry>[]
        {
            e => Copy(e, x => x.At = x.At.AddTicks(10)), e => Copy(e, x => x.UserId = "v"), e => Copy(e, x => x.UserName = "m"),
            e => Copy(e, x => x.Action = "b"), e => Copy(e, x => x.TargetType = "s"), e => Copy(e, x => x.TargetId = "j"),
            e => Copy(e, x => x.RemoteAddress = "q"), e => Copy(e, x => x.Detail = "e"), e => Copy(e, x => x.Sequence = 2),
            e => Copy(e, x => x.PreviousHash = new string('1', 64)),
            e => Copy(e, x => { x.UserName = "nt"; x.TargetType = string.Empty; }), // moving text between fields
        };

        Assert.All(variants, make => Assert.NotEqual(original, AuditChain.HashOf(make(entry))));
    }

    private static AuditEntry Copy(AuditEntry e, Action<AuditEntry> change)
    {
        var copy = new AuditEntry
        {
            At = e.At, UserId = e.UserId, UserName = e.UserName, Action = e.Action, TargetType = e.TargetType, TargetId = e.TargetId,
            RemoteAddress = e.RemoteAddress, Detail = e.Detail, Sequence = e.Sequence, PreviousHash = e.PreviousHash,
        };
        change(copy);
        return copy;
    }

    private static async Task AppendAsync(DataHost data, int count)
    {
        var trail = data.Services.GetRequiredService<AuditTrail>();
        for (var i = 1; i <= count; i++)
        {
            await trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = $"t{i}", Detail = $"entry {i} – ünïcödé ✓" });
        }
    }

    private static async Task<AuditVerification> VerifyAsync(DataHost data)
    {
        await using var db = await data.ContextAsync();
        return await AuditVerifier.VerifyAsync(db);
    }
}
