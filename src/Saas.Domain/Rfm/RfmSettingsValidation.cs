namespace Saas.Domain.Rfm;

/// <summary>The checks behind <see cref="RfmSettings.Validate"/>, each problem one message naming where it is.</summary>
internal static class RfmSettingsValidation
{
    public static IReadOnlyList<string> Check(RfmSettings settings)
    {
        var errors = new List<string>();
        var levelsValid = RfmLevels.IsValid(settings.Levels);
        if (!levelsValid) errors.Add($"levels: must be {RfmLevels.Min} to {RfmLevels.Max}, not {settings.Levels}");
        if (settings.Rules is null)
        {
            errors.Add("rules: missing");
        }
        else
        {
            CheckRules(settings, levelsValid, errors);
        }
        if (settings.Names is null)
        {
            errors.Add("names: missing");
        }
        else
        {
            CheckNames(settings.Names, errors);
        }
        return errors;
    }

    private static void CheckRules(RfmSettings settings, bool levelsValid, List<string> errors)
    {
        var rulesValid = true;
        for (var i = 0; i < settings.Rules.Count; i++)
        {
            var problems = RuleProblems(settings.Rules[i], levelsValid ? settings.Levels : null).ToList();
            errors.AddRange(problems.Select(problem => $"rules[{i}]: {problem}"));
            rulesValid &= problems.Count == 0;
        }
        if (!levelsValid || !rulesValid) return;
        for (var r = settings.Levels; r >= 1; r--)
        {
            for (var fm = 1; fm <= settings.Levels; fm++)
            {
                if (!settings.Rules.Any(rule => rule.Contains(r, fm))) errors.Add($"R {r}, FM {fm} is in no segment");
            }
        }
    }

    /// <param name="levels">Null when the level count is itself wrong, so the ranges cannot be judged.</param>
    private static IEnumerable<string> RuleProblems(RfmSegmentRule? rule, int? levels)
    {
        if (rule is null)
        {
            yield return "missing";
            yield break;
        }
        if (!Enum.IsDefined(rule.Segment)) yield return $"unknown segment {(int)rule.Segment}";
        if (rule.Segment == Segment.Prospect) yield return "Prospect is for customers without orders; no rule can give it";
        if (levels is not { } max) yield break;
        if (RangeProblem("R", rule.RMin, rule.RMax, max) is { } r) yield return r;
        if (RangeProblem("FM", rule.FmMin, rule.FmMax, max) is { } fm) yield return fm;
    }

    private static string? RangeProblem(string score, int min, int max, int levels)
    {
        if (min < 1 || max > levels) return $"{score} {min} to {max} is outside 1 to {levels}";
        if (min > max) return $"{score} {min} to {max} is empty (the minimum is above the maximum)";
        return null;
    }

    private static void CheckNames(IReadOnlyDictionary<Segment, string> names, List<string> errors)
    {
        foreach (var (segment, name) in names)
        {
            if (string.IsNullOrWhiteSpace(name)) errors.Add($"names.{segment}: is blank");
            else if (name.Length > RfmSettings.MaxNameLength) errors.Add($"names.{segment}: is longer than {RfmSettings.MaxNameLength} characters");
        }
    }
}
