using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// The last step of an import: places data that named no sample, checks the requested samples exist, applies
/// <c>--tumor-type</c>, <c>--prior-therapy</c> and the clinical patients, and builds the cases, or returns the errors
/// and no case.
/// </summary>
internal static class CaseAssembly
{
    public static ImportResult Finish(ImportSession session)
    {
        if (!session.HasErrors)
        {
            PlaceUnnamed(session);
            CheckRequestedSamples(session);
            CheckValues(session);
        }

        var tumorType = session.HasErrors ? null : ResolveTumorTypeOption(session);
        if (session.HasErrors)
        {
            return ImportResult.Failed(session.Errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line));
        }

        var builders = session.Cases.Values.OrderBy(b => b.SampleId, StringComparer.Ordinal).ToArray();
        foreach (var builder in builders)
        {
            if (tumorType is not null)
            {
                builder.OverrideTumorType(tumorType, "--tumor-type");
            }

            if (session.Options.PriorTherapies.Count > 0)
            {
                builder.AddPriorTherapies(session.Options.PriorTherapies
                    .Where(d => !d.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
                    .Select(d => new PriorTherapy { Drug = CaseBuilder.DrugName(d), Source = new SourceLocation("--prior-therapy", 0), Original = d }));
            }

            if (session.Samples.PatientOf(builder.SampleId) is { } patientId)
            {
                builder.Patient = session.Samples.Patient(patientId);
            }
        }

        // Each case is derived and built from its own builder alone (the harmonizer is thread-safe, the session is only
        // read), so the cases are built on every core and land in sample order whatever finishes first.
        var cases = new OmicsCase[builders.Length];
        Parallel.For(0, builders.Length, Cores(session), i =>
        {
            builders[i].LocateVariants(session.Harmonizer);
            cases[i] = builders[i].Build(session.ImportWarnings);
        });
        return new ImportResult { Cases = cases, Warnings = [.. session.ImportWarnings] };
    }

    /// <summary>The final value checks (<see cref="FindingChecks"/>), per case; failed findings are errors or skipped.</summary>
    private static void CheckValues(ImportSession session)
    {
        // The checks read one builder each and run on every core; their problems are recorded in the builders' order.
        var builders = session.Cases.Values.ToArray();
        var problems = new (Finding Finding, string Code, string Message)[builders.Length][];
        Parallel.For(0, builders.Length, Cores(session), i => problems[i] = [.. FindingChecks.Problems(builders[i])]);
        for (var i = 0; i < builders.Length; i++)
        {
            var builder = builders[i];
            var failed = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
            foreach (var (finding, code, message) in problems[i])
            {
                session.InvalidAt(code, finding.Source, $"Sample {builder.SampleId}: {message}");
                failed.Add(finding);
            }

            if (failed.Count > 0)
            {
                builder.Drop(failed);
            }
        }
    }

    private static ParallelOptions Cores(ImportSession session) => new() { MaxDegreeOfParallelism = session.Options.Parallelism };

    private static void PlaceUnnamed(ImportSession session)
    {
        foreach (var (builder, file) in session.UnnamedData)
        {
            var requested = session.Options.Samples;
            CaseBuilder? target = null;
            if (requested.Count == 1)
            {
                target = session.DeclareOrGet(requested[0]);
            }
            else if (session.Cases.Count == 1)
            {
                target = session.Cases.Values.Single();
            }
            else if (session.Cases.Count == 0)
            {
                var name = Path.GetFileName(file.Name).Split('.')[0];
                target = session.DeclareOrGet(name);
                session.Warn(ImportProblem.Warning("sample-named-after-file", file.Name, 0, null,
                    $"No input names a sample; the case is called '{name}' after this file. Use --sample to name it."));
            }
            else
            {
                session.Error("sample-unknown", file, 0, null,
                    $"This file names no sample and the import holds {session.Cases.Count} samples; say which one with --sample.");
            }

            if (target is not null && builder.Patient is { } patient && builder.PatientSource is { } where
                && !session.ClaimPatient(target.SampleId, PatientClaim.Of(patient), where))
            {
                target = null;
            }

            if (target is not null)
            {
                builder.MergeInto(target);
            }
        }
    }

    private static void CheckRequestedSamples(ImportSession session)
    {
        foreach (var sample in session.Options.Samples.Where(s => !session.Cases.ContainsKey(s)))
        {
            var known = session.Cases.Keys.Concat(session.Samples.SampleIds).Distinct().Order(StringComparer.Ordinal).Take(10);
            session.Error(ImportProblem.Error("sample-not-found", "--sample", 0, null,
                $"Sample '{sample}' is not in the inputs. Samples found include: {string.Join(", ", known)}."));
        }

        if (session.Cases.Count == 0 && !session.HasErrors)
        {
            session.Error(ImportProblem.Error("no-samples", "(inputs)", 0, null, "The inputs hold no sample to report on."));
        }
    }

    private static TumorType? ResolveTumorTypeOption(ImportSession session)
    {
        if (string.IsNullOrWhiteSpace(session.Options.TumorType))
        {
            return null;
        }

        var resolution = session.Harmonizer.TumorType(session.Options.TumorType);
        if (resolution.TumorType is null)
        {
            session.Error(ImportProblem.Error("bad-tumor-type", "--tumor-type", 0, null, resolution.Warning ?? "Not an OncoTree code."));
        }
        else if (resolution.Warning is not null)
        {
            session.Warn(ImportProblem.Warning("tumor-type-note", "--tumor-type", 0, null, resolution.Warning));
        }

        return resolution.TumorType;
    }
}
