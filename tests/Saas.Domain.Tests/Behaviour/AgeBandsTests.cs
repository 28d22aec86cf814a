using Saas.Domain.Behaviour;

namespace Saas.Domain.Tests.Behaviour;

public sealed class AgeBandsTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData(2009, "under 18")] // 17
    [InlineData(2008, "18-23")]
    [InlineData(2003, "18-23")]
    [InlineData(2002, "24-28")]
    [InlineData(1998, "24-28")]
    [InlineData(1997, "29-35")]
    [InlineData(1991, "29-35")]
    [InlineData(1990, "36+")]
    [InlineData(1940, "36+")]
    public void Bands_follow_the_age_reached_this_year(int birthYear, string band)
    {
        Assert.Equal(band, AgeBands.Of(birthYear, Today));
    }

    [Theory]
    [InlineData(2009, "under 18")]
    [InlineData(2008, "18-20")]
    [InlineData(2006, "18-20")]
    [InlineData(2005, "21-23")]
    [InlineData(2002, "24-26")]
    [InlineData(1990, "36-38")]
    public void Fine_bands_are_three_years_wide_from_18(int birthYear, string band)
    {
        Assert.Equal(band, AgeBands.FineOf(birthYear, Today));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2027)]
    [InlineData(1905)]
    public void An_unknown_or_implausible_birth_year_has_no_band(int? birthYear)
    {
        Assert.Null(AgeBands.Of(birthYear, Today));
        Assert.Null(AgeBands.FineOf(birthYear, Today));
    }
}
