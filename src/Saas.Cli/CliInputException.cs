namespace Saas.Cli;

/// <summary>A bad argument or a bad input file: reported on stderr with exit code 2.</summary>
internal sealed class CliInputException(string message) : Exception(message);
