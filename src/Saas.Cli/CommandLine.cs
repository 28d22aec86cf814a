namespace Saas.Cli;

/// <summary>A command's arguments after its name: positional ones, and options as <c>--name value</c> or <c>--name=value</c>.</summary>
internal sealed record CommandLine(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options)
{
    public static CommandLine Parse(string[] args, IReadOnlySet<string> knownOptions)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Length ? args[++i] : null);
            if (!knownOptions.Contains(name)) throw new CliInputException($"unknown option '{name}' (saas --help for the options)");
            options[name] = value ?? throw new CliInputException($"option {name} needs a value");
        }
        return new CommandLine(positional, options);
    }

    public string Get(string name, string fallback) => Options.GetValueOrDefault(name, fallback);
}
