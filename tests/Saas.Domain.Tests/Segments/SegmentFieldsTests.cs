using Saas.Domain.Segments;

namespace Saas.Domain.Tests.Segments;

public sealed class SegmentFieldsTests
{
    [Fact]
    public void The_catalogue_has_every_field_once_with_a_description()
    {
        Assert.Equal(30, SegmentFields.Catalogue.Count);
        Assert.Equal(SegmentFields.Catalogue.Count, SegmentFields.Catalogue.Select(f => f.Name).Distinct().Count());
        Assert.All(SegmentFields.Catalogue, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void Only_enum_fields_have_values()
    {
        Assert.All(SegmentFields.Catalogue, f => Assert.Equal(f.Kind == FieldKind.Enum, f.AllowedValues.Count > 0));
        Assert.Equal(["A", "B", "C"], SegmentFields.Find("abcClass")!.AllowedValues);
        Assert.Equal(["OneOff", "Recurring"], SegmentFields.Find("buyerType")!.AllowedValues);
        Assert.Equal(["Low", "Medium", "High", "Premium"], SegmentFields.Find("purchasingPower")!.AllowedValues);
    }

    [Fact]
    public void The_segment_field_takes_the_rfm_segments()
    {
        Assert.Equal(Enum.GetNames<Saas.Domain.Rfm.Segment>(), SegmentFields.Find("segment")!.AllowedValues);
    }

    [Fact]
    public void Only_recency_and_tenure_grow_with_time()
    {
        Assert.Equal([SegmentFields.RecencyDays, SegmentFields.TenureDays], SegmentFields.Catalogue.Where(f => f.GrowsDaily).Select(f => f.Name));
    }

    [Fact]
    public void Fields_are_found_by_their_exact_name()
    {
        Assert.Equal(FieldKind.Text, SegmentFields.Find("city")!.Kind);
        Assert.Null(SegmentFields.Find("City"));
    }
}
