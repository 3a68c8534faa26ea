using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// Issue 12, finding 4: every path an input names stays inside the input's folder. A meta file's data_filename that
/// is absolute or climbs out, and a file, case list, panel or folder that is a symbolic link leading out, are refused
/// with the meta file (or link) and line named and nothing of the target read or echoed.
/// </summary>
public class ContainmentTests
{
    private const string Secret = "SECRET-LINE-OF-ANOTHER-PATIENT";

    [Theory]
    [InlineData("absolute")]
    [InlineData("climbing")]
    public async Task DataFilenameOutsideTheStudy_IsRefusedAtTheMetaLine(string kind)
    {
        using var folder = new TempFolder();
        var outside = folder.Write("secret/data.txt", $"{Secret}\tX\n{Secret}\tY\n");
        var study = WriteStudy(folder, kind == "absolute" ? outside : "../secret/data.txt");

        var result = await Imports.RunAsync(study);

        Assert.Empty(result.Cases);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("outside-input", 4), (error.Code, error.Line));
        Assert.EndsWith("meta_mutations.txt", error.File, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataFileThatIsALinkLeadingOut_IsRefusedUnread()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("secret/data.txt", $"{Secret}\tX\n");
        var study = WriteStudy(folder, "data_mutations.txt");
        File.CreateSymbolicLink(Path.Combine(study, "data_mutations.txt"), outside);

        var result = await Imports.RunAsync(study);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("outside-input", 4), (error.Code, error.Line));
        Assert.EndsWith("meta_mutations.txt", error.File, StringComparison.Ordinal);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseListAndPanelLinksLeadingOut_AreRefused()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("secret/list.txt", $"stable_id: s_sequenced\ncase_list_ids: {Secret}\n");
        var study = WriteStudy(folder, "data_mutations.txt");
        folder.Write("study/data_mutations.txt", Fixtures.Maf);
        Directory.CreateDirectory(Path.Combine(study, "case_lists"));
        File.CreateSymbolicLink(Path.Combine(study, "case_lists", "cases_sequenced.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(study, "data_gene_panel.txt"), outside);

        var result = await Imports.RunAsync(study);

        Assert.Empty(result.Cases);
        Assert.Equal(2, result.Errors.Count(e => e.Code == "outside-input"));
        Assert.All(result.Errors, e => Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LooseFolderWithALinkedFileOrFolderLeadingOut_IsRefused()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("secret/data.maf", Fixtures.Maf);
        var loose = Path.Combine(folder.Path, "upload");
        folder.Write("upload/clinical.txt", Fixtures.Clinical);
        File.CreateSymbolicLink(Path.Combine(loose, "data.maf"), outside);
        Directory.CreateSymbolicLink(Path.Combine(loose, "more"), Path.GetDirectoryName(outside)!);

        var result = await Imports.RunAsync(loose);

        Assert.Empty(result.Cases);
        Assert.Equal(2, result.Errors.Count(e => e.Code == "outside-input"));
    }

    [Fact]
    public async Task LinkThatStaysInsideTheStudy_IsRead()
    {
        using var folder = new TempFolder();
        var study = WriteStudy(folder, "data_mutations.txt");
        folder.Write("study/data/mutations.maf", Fixtures.Maf);
        File.CreateSymbolicLink(Path.Combine(study, "data_mutations.txt"), Path.Combine(study, "data", "mutations.maf"));

        var result = await Imports.RunAsync(study);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/etc/escape.txt")]
    [InlineData("a/../../escape.txt")]
    public void Escape_NamesAbsoluteAndClimbingPaths(string path) =>
        Assert.NotNull(InputPaths.Escape("/tmp/study", Path.Combine("/tmp/study", path)));

    /// <summary>
    /// A study given by a relative path that climbs ("../../tmp/…/study", as in "omics report ../shared/testdata/…"):
    /// its own files are inside it. The working directory of the tests is the output folder, so the path climbs.
    /// </summary>
    [Fact]
    public async Task StudyGivenAsARelativePathThatClimbs_IsRead()
    {
        using var folder = new TempFolder();
        WriteStudy(folder, "data_mutations.txt");
        folder.Write("study/data_mutations.txt", Fixtures.Maf);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(folder.Path, "study"));
        Assert.StartsWith("..", relative, StringComparison.Ordinal);

        var result = await Imports.RunAsync(relative);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.NotEmpty(result.Cases);
        Assert.Null(InputPaths.Escape(relative, Path.Combine(relative, "data_mutations.txt")));
    }

    private static string WriteStudy(TempFolder folder, string dataFilename)
    {
        folder.Write("study/meta_study.txt", "cancer_study_identifier: s\ntype_of_cancer: luad\n");
        folder.Write("study/meta_mutations.txt",
            $"genetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\nstable_id: mutations\ndata_filename: {dataFilename}\n");
        return Path.Combine(folder.Path, "study");
    }
}
