namespace Saas.Domain.Segments;

public static partial class SegmentRules
{
    public const int MaxDepth = 8;
    public const int MaxNodes = 50;
    public const int MinWithinDays = 1;
    public const int MaxWithinDays = 3650;

    /// <returns>
    /// What is wrong with the rule, one message per problem, each starting with the JSON path of the property at
    /// fault (e.g. "rules[1].field: unknown field 'regoin'"); empty when the rule can be used.
    /// </returns>
    public static IReadOnlyList<string> Validate(SegmentRule rule)
    {
        var validation = new RuleValidation();
        validation.Check(rule, path: "", depth: 1);
        if (validation.Nodes > MaxNodes) validation.Errors.Add($"the rule has {validation.Nodes} nodes; at most {MaxNodes} are allowed");
        return validation.Errors;
    }

    /// <summary>
    /// Every operator on numbers, eq and ne on texts and enums. A day count that grows is a fraction of a day that
    /// passes a bound in an instant, so it is never usefully equal to one.
    /// </summary>
    private static CompareOp[] OperatorsFor(SegmentField field) => field switch
    {
        { GrowsDaily: true } => [CompareOp.Lt, CompareOp.Le, CompareOp.Gt, CompareOp.Ge],
        { Kind: FieldKind.Number } => Enum.GetValues<CompareOp>(),
        _ => [CompareOp.Eq, CompareOp.Ne],
    };

    private static string JsonName(CompareOp op) => op.ToString().ToLowerInvariant();

    private sealed class RuleValidation
    {
        public List<string> Errors { get; } = [];
        public int Nodes { get; private set; }

        public void Check(SegmentRule? rule, string path, int depth)
        {
            if (rule is null)
            {
                Errors.Add($"{NodeName(path)}: missing");
                return;
            }
            Nodes++;
            if (depth > MaxDepth)
            {
                Errors.Add($"{NodeName(path)}: rules nest deeper than {MaxDepth} levels");
                return;
            }
            switch (rule)
            {
                case All all:
                    CheckGroup(all.Rules, "all", path, depth);
                    break;
                case Any any:
                    CheckGroup(any.Rules, "any", path, depth);
                    break;
                case Not not:
                    Check(not.Rule, At(path, "rule"), depth + 1);
                    break;
                case Compare compare:
                    CheckCompare(compare, path);
                    break;
                case Between between:
                    CheckBetween(between, path);
                    break;
                case InList inList:
                    CheckInList(inList, path);
                    break;
                case BoughtCategory bought:
                    CheckBoughtCategory(bought, path);
                    break;
            }
        }

        private void CheckGroup(IReadOnlyList<SegmentRule>? rules, string type, string path, int depth)
        {
            if (rules is null || rules.Count == 0)
            {
                Errors.Add($"{At(path, "rules")}: '{type}' needs at least one rule");
                return;
            }
            for (var i = 0; i < rules.Count; i++) Check(rules[i], At(path, $"rules[{i}]"), depth + 1);
        }

        private void CheckCompare(Compare compare, string path)
        {
            if (FieldOf(compare.Field, path) is not { } field) return;
            if (!Enum.IsDefined(compare.Op))
            {
                Errors.Add($"{At(path, "op")}: unknown operator");
                return;
            }
            var allowed = OperatorsFor(field);
            if (!allowed.Contains(compare.Op))
            {
                var kind = field.GrowsDaily ? "a day count that grows continuously" : Described(field.Kind);
                Errors.Add($"{At(path, "op")}: '{JsonName(compare.Op)}' does not apply to {field.Name}, {kind} (use {string.Join(", ", allowed.Select(JsonName))})");
            }
            CheckValue(field, compare.Value, At(path, "value"));
        }

        private void CheckBetween(Between between, string path)
        {
            if (FieldOf(between.Field, path) is not { } field) return;
            if (field.Kind != FieldKind.Number) Errors.Add($"{At(path, "field")}: 'between' needs a number field; {field.Name} is {Described(field.Kind)}");
            if (between.Min > between.Max) Errors.Add($"{At(path, "min")}: {between.Min} is above max {between.Max}");
        }

        private void CheckInList(InList inList, string path)
        {
            if (FieldOf(inList.Field, path) is not { } field) return;
            if (field.Kind == FieldKind.Number)
            {
                Errors.Add($"{At(path, "field")}: 'in' needs a text or enum field; {field.Name} is {Described(field.Kind)} (use between)");
                return;
            }
            if (inList.Values is null || inList.Values.Count == 0)
            {
                Errors.Add($"{At(path, "values")}: 'in' needs at least one value");
                return;
            }
            for (var i = 0; i < inList.Values.Count; i++)
            {
                var valuePath = At(path, $"values[{i}]");
                if (inList.Values[i] is { } value) CheckValue(field, value, valuePath);
                else Errors.Add($"{valuePath}: missing");
            }
        }

        private void CheckBoughtCategory(BoughtCategory bought, string path)
        {
            if (string.IsNullOrWhiteSpace(bought.Category)) Errors.Add($"{At(path, "category")}: missing");
            if (bought.WithinDays is < MinWithinDays or > MaxWithinDays)
            {
                Errors.Add($"{At(path, "withinDays")}: must be {MinWithinDays} to {MaxWithinDays}, not {bought.WithinDays}");
            }
        }

        private SegmentField? FieldOf(string? name, string path)
        {
            if (name is null) Errors.Add($"{At(path, "field")}: missing");
            else if (SegmentFields.Find(name) is { } field) return field;
            else Errors.Add($"{At(path, "field")}: unknown field '{name}'");
            return null;
        }

        private void CheckValue(SegmentField field, RuleValue value, string path)
        {
            if (field.Kind == FieldKind.Number && value.IsText) Errors.Add($"{path}: {field.Name} takes a number, not '{value}'");
            else if (field.Kind != FieldKind.Number && !value.IsText) Errors.Add($"{path}: {field.Name} takes a text, not {value}");
            else if (field.Kind == FieldKind.Enum && !field.AllowedValues.Contains(value.Text, StringComparer.Ordinal))
            {
                Errors.Add($"{path}: '{value}' is not a {field.Name} ({string.Join(", ", field.AllowedValues)})");
            }
        }

        private static string Described(FieldKind kind) => kind == FieldKind.Enum ? "an enum field" : $"a {kind.ToString().ToLowerInvariant()} field";

        private static string At(string path, string property) => path.Length == 0 ? property : $"{path}.{property}";

        private static string NodeName(string path) => path.Length == 0 ? "rule" : path;
    }
}
