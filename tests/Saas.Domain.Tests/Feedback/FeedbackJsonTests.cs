using System.Text.Json;
using System.Text.Json.Serialization;
using Saas.Domain.Feedback;

namespace Saas.Domain.Tests.Feedback;

/// <summary>Events and states are stored as JSON with the grain runtime's settings (web defaults, enums as strings).</summary>
public sealed class FeedbackJsonTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<FeedbackEvent> Events() =>
    [
        new Rating("r-1", "c-1", Day, 4, 9, "TEA-01", "Lovely"),
        new Complaint("cp-1", "c-1", Day, "delivery", "TEA-01", "north", "rep-1", Day.AddHours(2)),
        new Inquiry("i-1", "c-1", Day, "returns", null),
        new Contact("ct-1", "c-1", Day, "phone", "rep-1"),
    ];

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_kind_of_feedback_round_trips_as_the_base_type_with_its_kind(FeedbackEvent feedback)
    {
        var json = JsonSerializer.Serialize(feedback, Options);

        Assert.StartsWith($$"""{"kind":"{{FeedbackKinds.Of(feedback)}}",""", json);
        Assert.Equal(feedback, JsonSerializer.Deserialize<FeedbackEvent>(json, Options));
    }

    [Fact]
    public void A_complaints_own_type_does_not_clash_with_its_kind()
    {
        var json = JsonSerializer.Serialize<FeedbackEvent>(new Complaint("cp-1", "c-1", Day, "quality", null, null, null, null), Options);

        Assert.Contains("\"type\":\"quality\"", json);
    }

    [Fact]
    public void A_customers_feedback_round_trips_without_its_derived_figures()
    {
        var feedback = new CustomerFeedback()
            .Apply(new Rating("r-1", "c-1", Day, 4, 9, null, null))
            .Apply(new Complaint("cp-1", "c-1", Day, "delivery", null, null, null, Day.AddHours(2)))
            .Apply(new Complaint("cp-2", "c-1", Day, "delivery", null, null, null, null))
            .Apply(new Inquiry("i-1", "c-1", Day, null, null))
            .Apply(new Contact("ct-1", "c-1", Day, "phone", null));

        var json = JsonSerializer.Serialize(feedback, Options);
        var read = JsonSerializer.Deserialize<CustomerFeedback>(json, Options)!;

        Assert.DoesNotContain("averageRating", json);
        Assert.Equal(json, JsonSerializer.Serialize(read, Options));
        Assert.Equal((4.0, 9, 2, 1, 2.0, 1, 1), (read.AverageRating, read.LastNps, read.Complaints, read.OpenComplaints, read.AverageResolutionHours, read.Inquiries, read.Contacts));
        Assert.Same(read, read.Apply(new Contact("ct-1", "c-1", Day, "phone", null)));
    }
}
