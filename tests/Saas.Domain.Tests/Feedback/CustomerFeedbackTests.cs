using Saas.Domain.Feedback;

namespace Saas.Domain.Tests.Feedback;

public sealed class CustomerFeedbackTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_feedback_there_is_nothing_to_average()
    {
        var none = new CustomerFeedback();

        Assert.Equal((0, 0, 0, 0, 0), (none.Ratings, none.Complaints, none.OpenComplaints, none.Inquiries, none.Contacts));
        Assert.Null(none.AverageRating);
        Assert.Null(none.LastNps);
        Assert.Null(none.AverageResolutionHours);
        Assert.Null(none.LastContactAt);
        Assert.Equal(0, none.ContactsWithin(Day, 30));
    }

    [Fact]
    public void Scores_are_averaged_and_the_latest_nps_by_time_is_kept_whatever_the_order_of_arrival()
    {
        var feedback = new CustomerFeedback()
            .Apply(Rated("r-1", Day, score: 5, nps: 9))
            .Apply(Rated("r-2", Day.AddDays(-3), score: 2, nps: 4))
            .Apply(Rated("r-3", Day.AddDays(-1), score: null, nps: 7))
            .Apply(Rated("r-4", Day.AddDays(1), score: 3, nps: null));

        Assert.Equal(3, feedback.Ratings);
        Assert.Equal(10, feedback.RatingSum);
        Assert.Equal(10 / 3.0, feedback.AverageRating!.Value, 9);
        Assert.Equal(9, feedback.LastNps);
    }

    [Fact]
    public void The_same_rating_inquiry_or_contact_applied_twice_changes_nothing()
    {
        var feedback = new CustomerFeedback()
            .Apply(Rated("f-1", Day, score: 4, nps: 8))
            .Apply(new Inquiry("f-2", "c-1", Day, "delivery", null))
            .Apply(new Contact("f-3", "c-1", Day, "phone", "rep-1"));

        Assert.Same(feedback, feedback.Apply(Rated("f-1", Day, score: 1, nps: 0)));
        Assert.Same(feedback, feedback.Apply(new Inquiry("f-2", "c-1", Day, "returns", null)));
        Assert.Same(feedback, feedback.Apply(new Contact("f-3", "c-1", Day.AddDays(1), "email", null)));
    }

    [Fact]
    public void Feedback_of_different_kinds_may_share_an_id()
    {
        var feedback = new CustomerFeedback()
            .Apply(Rated("1", Day, score: 4, nps: null))
            .Apply(new Inquiry("1", "c-1", Day, null, null))
            .Apply(new Contact("1", "c-1", Day, "email", null))
            .Apply(Opened("1", Day));

        Assert.Equal((1, 1, 1, 1), (feedback.Ratings, feedback.Inquiries, feedback.Contacts, feedback.Complaints));
    }

    [Fact]
    public void Complaints_resolved_after_2_and_6_hours_average_4_hours_and_the_third_stays_open()
    {
        var feedback = new CustomerFeedback()
            .Apply(Opened("cp-1", Day))
            .Apply(Opened("cp-2", Day))
            .Apply(Opened("cp-3", Day))
            .Apply(Opened("cp-1", Day) with { ResolvedAt = Day.AddHours(2) })
            .Apply(Opened("cp-2", Day) with { ResolvedAt = Day.AddHours(6) });

        Assert.Equal(3, feedback.Complaints);
        Assert.Equal(1, feedback.OpenComplaints);
        Assert.Equal(4.0, feedback.AverageResolutionHours);
    }

    [Fact]
    public void A_complaint_sent_again_without_news_or_resolved_again_changes_nothing()
    {
        var open = new CustomerFeedback().Apply(Opened("cp-1", Day));
        var resolved = open.Apply(Opened("cp-1", Day) with { ResolvedAt = Day.AddHours(3) });

        Assert.Same(open, open.Apply(Opened("cp-1", Day.AddDays(1))));
        Assert.Same(resolved, resolved.Apply(Opened("cp-1", Day) with { ResolvedAt = Day.AddHours(30) }));
        Assert.Equal(3.0, resolved.AverageResolutionHours);
        Assert.Equal(1, open.OpenComplaints);
    }

    [Fact]
    public void A_complaint_first_seen_resolved_counts_as_resolved_and_a_resolution_before_the_opening_as_at_once()
    {
        var feedback = new CustomerFeedback()
            .Apply(Opened("cp-1", Day) with { ResolvedAt = Day.AddHours(5) })
            .Apply(Opened("cp-2", Day))
            .Apply(Opened("cp-2", Day.AddHours(-10)) with { ResolvedAt = Day.AddHours(-1) });

        Assert.Equal(0, feedback.OpenComplaints);
        Assert.Equal(2.5, feedback.AverageResolutionHours);
    }

    [Fact]
    public void Contacts_are_counted_in_a_window_ending_now_and_only_the_latest_50_times_are_kept()
    {
        var feedback = new CustomerFeedback();
        for (var i = 0; i < 60; i++) feedback = feedback.Apply(new Contact($"ct-{i}", "c-1", Day.AddDays(-i), "email", null));

        Assert.Equal(60, feedback.Contacts);
        Assert.Equal(CustomerFeedback.RecentContactsKept, feedback.RecentContacts.Count);
        Assert.Equal(Day.AddDays(-49), feedback.RecentContacts[0]);
        Assert.Equal(Day, feedback.LastContactAt);
        Assert.Equal(7, feedback.ContactsWithin(Day, 7));
        Assert.Equal(6, feedback.ContactsWithin(Day.AddDays(-1), 6));
        Assert.Equal(CustomerFeedback.RecentContactsKept, feedback.ContactsWithin(Day, 365));
    }

    [Fact]
    public void Applying_leaves_the_original_unchanged()
    {
        var before = new CustomerFeedback().Apply(Opened("cp-1", Day));

        var after = before.Apply(Opened("cp-1", Day) with { ResolvedAt = Day.AddHours(1) }).Apply(Rated("r-1", Day, 5, null));

        Assert.Equal(1, before.OpenComplaints);
        Assert.Equal(0, before.Ratings);
        Assert.Equal(0, after.OpenComplaints);
    }

    private static Rating Rated(string id, DateTimeOffset at, int? score, int? nps) => new(id, "c-1", at, score, nps, "TEA-01", null);

    private static Complaint Opened(string id, DateTimeOffset at) => new(id, "c-1", at, "delivery", "TEA-01", "north", "rep-1", null);
}
