namespace Saas.Domain.Rfm;

/// <summary>How many scores each RFM dimension has: a tenant chooses 3 to 10, five by default (quintiles).</summary>
public static class RfmLevels
{
    public const int Min = 3;
    public const int Max = 10;
    public const int Default = 5;

    public static bool IsValid(int levels) => levels is >= Min and <= Max;

    internal static void Check(int levels, string paramName)
    {
        if (!IsValid(levels)) throw new ArgumentOutOfRangeException(paramName, levels, $"RFM levels must be {Min} to {Max}.");
    }
}
