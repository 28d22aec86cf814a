using Saas.Domain.Segments;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// A validated rule as SQL over the customers projection (alias c), read as the grains evaluate it: texts compare
/// ignoring case, and each leaf is <c>coalesce(…, false)</c>, so a missing value matches nothing and the NOT of
/// it matches (in SQL a comparison with NULL is unknown, and so is its NOT). Values travel only as parameters;
/// fields only through <see cref="RuleColumns"/>.
/// </summary>
public sealed class RuleSql
{
    private readonly SqlParameters _parameters;
    private readonly string _now;

    /// <param name="now">The placeholder of the moment the rule is evaluated at, already among the parameters.</param>
    public RuleSql(SqlParameters parameters, string now)
    {
        _parameters = parameters;
        _now = now;
    }

    /// <returns>A condition true for the customers the rule takes.</returns>
    public string Condition(SegmentRule rule) => rule switch
    {
        All all => $"({string.Join(" AND ", all.Rules.Select(Condition))})",
        Any any => $"({string.Join(" OR ", any.Rules.Select(Condition))})",
        Not not => $"(NOT {Condition(not.Rule)})",
        Compare compare => Leaf(CompareSql(compare)),
        Between between => Leaf(Kind(between.Field) == FieldKind.Number
            ? $"{Column(between.Field)} BETWEEN {_parameters.Add(between.Min)} AND {_parameters.Add(between.Max)}"
            : "false"),
        InList inList => Leaf(Kind(inList.Field) == FieldKind.Number
            ? "false"
            : $"lower({Column(inList.Field)}) = ANY (SELECT lower(v) FROM unnest({_parameters.Add(inList.Values.ToArray())}::text[]) v)"),
        BoughtCategory bought => $"EXISTS ({CategorySql(bought.Category, "1")} AND cc.last_bought_at > {_now} - make_interval(days => {_parameters.Add(bought.WithinDays)}))",
        _ => throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule)),
    };

    /// <returns>
    /// An expression for the earliest moment after now at which a leaf of the rule changes with no new data (null
    /// when none will), as <see cref="SegmentRules.NextChangeAt"/> reckons it; or null when no leaf depends on time.
    /// </returns>
    public string? NextChange(SegmentRule rule)
    {
        var moments = new List<string>();
        AddMoments(rule, moments);
        return moments.Count == 0 ? null : $"least({string.Join(", ", moments.Select(m => $"nullif(greatest({m}, {_now}), {_now})"))})";
    }

    private void AddMoments(SegmentRule rule, List<string> moments)
    {
        switch (rule)
        {
            case All all:
                foreach (var child in all.Rules) AddMoments(child, moments);
                break;
            case Any any:
                foreach (var child in any.Rules) AddMoments(child, moments);
                break;
            case Not not:
                AddMoments(not.Rule, moments);
                break;
            case Compare { Value.IsText: false } compare when Grows(compare.Field):
                moments.Add(DaysAfter(compare.Field, compare.Value.Number));
                break;
            case Between between when Grows(between.Field):
                moments.Add(DaysAfter(between.Field, between.Min));
                moments.Add(DaysAfter(between.Field, between.Max));
                break;
            case BoughtCategory bought:
                moments.Add($"({CategorySql(bought.Category, "max(cc.last_bought_at)")}) + make_interval(days => {_parameters.Add(bought.WithinDays)})");
                break;
        }
    }

    private string CompareSql(Compare compare)
    {
        var number = Kind(compare.Field) == FieldKind.Number;
        if (number == compare.Value.IsText) return "false";
        var column = Column(compare.Field);
        var op = compare.Op switch
        {
            CompareOp.Eq => "=",
            CompareOp.Ne => "<>",
            CompareOp.Lt => "<",
            CompareOp.Le => "<=",
            CompareOp.Gt => ">",
            CompareOp.Ge => ">=",
            _ => throw new ArgumentException($"Unknown operator {compare.Op}.", nameof(compare)),
        };
        return number
            ? $"{column} {op} {_parameters.Add(compare.Value.Number)}"
            : $"lower({column}) {op} lower({_parameters.Add(compare.Value.Text!)})";
    }

    private string CategorySql(string category, string select) => $"""
        SELECT {select} FROM customer_categories cc
        WHERE cc.tenant_id = c.tenant_id AND cc.customer_id = c.customer_id AND lower(cc.category) = lower({_parameters.Add(category)})
        """;

    /// <summary>A leaf's bound of N days is reached N days after the moment the count grows from.</summary>
    private string DaysAfter(string field, double days) =>
        $"{RuleColumns.GrowsFrom(field)} + make_interval(secs => {_parameters.Add(days * 86400)})";

    private string Column(string field) => RuleColumns.Of(field, _now);

    private static string Leaf(string condition) => $"coalesce({condition}, false)";

    private static FieldKind Kind(string field) => SegmentFields.Find(field)?.Kind ?? throw new ArgumentException($"Unknown segment field '{field}'.", nameof(field));

    private static bool Grows(string field) => SegmentFields.Find(field) is { GrowsDaily: true };
}
