using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Rfm;

public sealed class RfmSettingsValidationTests
{
    private static readonly IReadOnlyDictionary<Segment, string> NoNames = new Dictionary<Segment, string>();

    [Theory]
    [InlineData(2)]
    [InlineData(11)]
    public void Levels_must_be_3_to_10(int levels)
    {
        var settings = RfmSettings.Default with { Levels = levels };

        Assert.Equal([$"levels: must be 3 to 10, not {levels}"], settings.Validate());
    }

    [Fact]
    public void A_rule_must_stay_inside_the_grid()
    {
        var settings = new RfmSettings(3, [new(Segment.Loyal, 0, 3, 1, 4), new(Segment.Lost, 1, 3, 1, 3)], NoNames);

        Assert.Equal(["rules[0]: R 0 to 3 is outside 1 to 3", "rules[0]: FM 1 to 4 is outside 1 to 3"], settings.Validate());
    }

    [Fact]
    public void A_rule_must_not_be_empty()
    {
        var settings = new RfmSettings(3, [new(Segment.Loyal, 3, 2, 1, 3), new(Segment.Lost, 1, 3, 1, 3)], NoNames);

        Assert.Equal(["rules[0]: R 3 to 2 is empty (the minimum is above the maximum)"], settings.Validate());
    }

    [Fact]
    public void Every_cell_needs_a_segment()
    {
        var settings = RfmSettings.Default with { Rules = [.. RfmSettings.Default.Rules.Where(r => r.Segment != Segment.CannotLoseThem)] };

        Assert.Equal(["R 2, FM 5 is in no segment", "R 1, FM 5 is in no segment"], settings.Validate());
    }

    [Fact]
    public void No_rule_can_make_a_prospect()
    {
        var settings = new RfmSettings(3, [new(Segment.Prospect, 1, 1, 1, 1), new(Segment.Lost, 1, 3, 1, 3)], NoNames);

        Assert.Equal(["rules[0]: Prospect is for customers without orders; no rule can give it"], settings.Validate());
    }

    [Fact]
    public void Names_must_not_be_blank()
    {
        var settings = RfmSettings.Default with { Names = new Dictionary<Segment, string> { [Segment.Loyal] = " " } };

        Assert.Equal(["names.Loyal: is blank"], settings.Validate());
    }

    [Fact]
    public void Names_are_at_most_60_characters()
    {
        var settings = RfmSettings.Default with
        {
            Names = new Dictionary<Segment, string> { [Segment.Loyal] = new('x', 60), [Segment.Lost] = new('x', 61) },
        };

        Assert.Equal(["names.Lost: is longer than 60 characters"], settings.Validate());
    }

    [Fact]
    public void Missing_rules_and_names_are_named()
    {
        var settings = new RfmSettings(5, null!, null!);

        Assert.Equal(["rules: missing", "names: missing"], settings.Validate());
    }

    [Fact]
    public void Every_problem_is_reported()
    {
        var settings = new RfmSettings(12, [new(Segment.Prospect, 1, 12, 1, 12)], new Dictionary<Segment, string> { [Segment.New] = "" });

        Assert.Equal(
            ["levels: must be 3 to 10, not 12", "rules[0]: Prospect is for customers without orders; no rule can give it", "names.New: is blank"],
            settings.Validate());
    }
}
