using Saas.Domain.Feedback;

namespace Saas.Server.Features.Feedback;

/// <summary>Checks posted feedback and turns it into domain events; errors are keyed by JSON path, e.g. <c>[2].score</c>.</summary>
public sealed class FeedbackValidator(TimeProvider time)
{
    private const int MaxIdLength = 128;
    private const int MaxNameLength = 64;
    private const int MaxTextLength = 256;
    private const int MaxCommentLength = 4000;
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromDays(1);

    private delegate FeedbackEvent Build(string id, string customerId, DateTimeOffset occurredAt);

    public IReadOnlyList<FeedbackEvent> Validate(IReadOnlyList<FeedbackInput?> inputs, bool isBatch, Dictionary<string, string[]> errors)
    {
        var latestTime = time.GetUtcNow() + MaxClockSkew;
        var events = new List<FeedbackEvent>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var feedback = ValidateOne(inputs[i], new FieldCheck(errors, isBatch ? $"[{i}]." : "", latestTime));
            if (feedback is not null) events.Add(feedback);
        }
        return events;
    }

    private static FeedbackEvent? ValidateOne(FeedbackInput? input, FieldCheck check)
    {
        if (input is null)
        {
            check.FailItem("A feedback object is required.");
            return null;
        }
        check.Text("id", input.Id, MaxIdLength, required: true);
        check.Text("customerId", input.CustomerId, MaxIdLength, required: true);
        check.Time("occurredAt", input.OccurredAt, required: true);
        Build build = input switch
        {
            RatingInput rating => CheckRating(rating, check),
            ComplaintInput complaint => CheckComplaint(complaint, check),
            InquiryInput inquiry => CheckInquiry(inquiry, check),
            ContactInput contact => CheckContact(contact, check),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.GetType().Name, "Not a kind of feedback."),
        };
        return check.Failed ? null : build(input.Id!, input.CustomerId!, input.OccurredAt!.Value.ToUniversalTime());
    }

    private static Build CheckRating(RatingInput input, FieldCheck check)
    {
        if (input is { Score: null, Nps: null }) check.Fail("score", "A rating needs a score (1-5), an NPS answer (nps, 0-10) or both.");
        check.Range("score", input.Score, 1, 5);
        check.Range("nps", input.Nps, 0, 10);
        check.Text("product", input.Product, MaxTextLength);
        check.Text("comment", input.Comment, MaxCommentLength);
        return (id, customerId, at) => new Rating(id, customerId, at, input.Score, input.Nps, input.Product, input.Comment);
    }

    private static Build CheckComplaint(ComplaintInput input, FieldCheck check)
    {
        check.Text("category", input.Category, MaxNameLength, required: true);
        check.Text("product", input.Product, MaxTextLength);
        check.Text("region", input.Region, MaxNameLength);
        check.Text("rep", input.Rep, MaxTextLength);
        check.Time("resolvedAt", input.ResolvedAt);
        if (input.ResolvedAt < input.OccurredAt) check.Fail("resolvedAt", "A complaint cannot be resolved before it was opened (occurredAt).");
        return (id, customerId, at) => new Complaint(id, customerId, at, input.Category!, input.Product, input.Region, input.Rep, input.ResolvedAt?.ToUniversalTime());
    }

    private static Build CheckInquiry(InquiryInput input, FieldCheck check)
    {
        check.Text("topic", input.Topic, MaxNameLength);
        check.Text("product", input.Product, MaxTextLength);
        return (id, customerId, at) => new Inquiry(id, customerId, at, input.Topic, input.Product);
    }

    private static Build CheckContact(ContactInput input, FieldCheck check)
    {
        check.Text("channel", input.Channel, MaxNameLength, required: true);
        check.Text("by", input.By, MaxTextLength);
        return (id, customerId, at) => new Contact(id, customerId, at, input.Channel!, input.By);
    }
}
