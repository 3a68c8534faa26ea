using System.IO.Compression;
using System.Text;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>Issue 12, "containment": an uploaded zip is refused whole for zip slip, links, nested archives and size.</summary>
public class UploadArchiveTests
{
    private static readonly ArchiveLimits Limits = new(MaxUnpackedBytes: 64 * 1024, MaxEntries: 10);

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("study/../../escape.txt")]
    [InlineData("/tmp/escape.txt")]
    public void ZipSlipEntry_IsRefusedBeforeAnythingIsWritten(string entry)
    {
        using var folder = new TempFolder();
        var archive = Zip(folder, ("study/data.maf", Fixtures.Maf), (entry, "x"));
        var target = Path.Combine(folder.Path, "unpacked");

        var problem = UploadArchive.Extract(archive, "study.zip", target, Limits);

        Assert.NotNull(problem);
        Assert.Equal(("upload", "study.zip"), (problem.Code, problem.File));
        Assert.Contains("zip slip", problem.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
        Assert.False(File.Exists(Path.Combine(folder.Path, "escape.txt")));
    }

    [Fact]
    public void TooManyEntries_AreRefused()
    {
        using var folder = new TempFolder();
        var archive = Zip(folder, [.. Enumerable.Range(0, 11).Select(i => ($"f{i}.txt", "x"))]);

        var problem = UploadArchive.Extract(archive, "study.zip", Path.Combine(folder.Path, "unpacked"), Limits);

        Assert.Contains("11 entries; at most 10", problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArchiveUnpackingBeyondTheLimit_IsRefused()
    {
        using var folder = new TempFolder();
        var archive = Zip(folder, ("big.txt", new string('A', 100 * 1024)));
        var target = Path.Combine(folder.Path, "unpacked");

        var problem = UploadArchive.Extract(archive, "study.zip", target, Limits);

        Assert.Contains("unpacks to more than", problem?.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Theory]
    [InlineData("inner.zip")]
    [InlineData("inner.tar.gz")]
    [InlineData("disguised.txt")]
    public void NestedArchive_IsRefused(string name)
    {
        using var folder = new TempFolder();
        var inner = File.ReadAllText(Zip(folder, ("a.txt", "a")), Encoding.Latin1);
        var archive = Zip(folder, ("study/data.maf", Fixtures.Maf), (name, inner));

        var problem = UploadArchive.Extract(archive, "study.zip", Path.Combine(folder.Path, "unpacked"), Limits);

        Assert.Contains("contains another archive", problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymbolicLinkEntry_IsRefused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "links.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("data.maf");
            entry.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            using var writer = new StreamWriter(entry.Open());
            writer.Write("/etc/passwd");
        }

        var problem = UploadArchive.Extract(path, "links.zip", Path.Combine(folder.Path, "unpacked"), Limits);

        Assert.Contains("symbolic link", problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidArchive_UnpacksAndImports()
    {
        using var folder = new TempFolder();
        var archive = Zip(folder, ("study/clinical.txt", Fixtures.Clinical), ("study/data.maf", Fixtures.Maf));
        var target = Path.Combine(folder.Path, "unpacked");

        Assert.Null(UploadArchive.Extract(archive, "study.zip", target, Limits));
        var cases = await Imports.CasesAsync(Path.Combine(target, "study"));

        Assert.Equal(2, cases.Count);
    }

    private static string Zip(TempFolder folder, params (string Name, string Text)[] entries)
    {
        var path = Path.Combine(folder.Path, $"upload-{Guid.NewGuid():N}.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.Latin1.GetBytes(text));
        }

        return path;
    }
}
