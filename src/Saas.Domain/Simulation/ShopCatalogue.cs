namespace Saas.Domain.Simulation;

/// <summary>What the simulated tea shop sells, where its customers live, and when they buy more.</summary>
public static class ShopCatalogue
{
    public static readonly string[] Categories = ["green tea", "black tea", "oolong", "pu-erh", "jasmine", "teaware", "gifts", "snacks"];

    /// <summary>Each region's cities, and how much it favours each category (same order as <see cref="Categories"/>).</summary>
    public static readonly IReadOnlyList<Region> Regions =
    [
        new("East", ["Shanghai", "Hangzhou", "Nanjing", "Suzhou"], [9, 2, 3, 1, 4, 3, 2, 2]),
        new("South", ["Guangzhou", "Shenzhen", "Xiamen", "Fuzhou"], [2, 2, 9, 6, 2, 3, 2, 2]),
        new("North", ["Beijing", "Tianjin", "Jinan", "Shenyang"], [3, 4, 2, 2, 9, 2, 3, 3]),
        new("West", ["Chengdu", "Chongqing", "Kunming", "Xi'an"], [3, 5, 2, 8, 2, 2, 2, 4]),
    ];

    /// <summary>How busy each month is against an average one (gifts at New Year, Mid-Autumn and the year's end).</summary>
    public static readonly double[] MonthFactors = [1.1, 0.7, 0.9, 1.0, 1.0, 0.9, 0.8, 0.8, 1.0, 1.0, 1.2, 1.3];

    /// <summary>Shopping festivals (month, day): 618, Singles' Day, Double 12.</summary>
    public static readonly (int Month, int Day)[] PromotionDays = [(6, 18), (11, 11), (12, 12)];

    public static readonly string[] FirstNames = ["Wei", "Fang", "Jing", "Lei", "Min", "Yan", "Hui", "Jun", "Ann", "Ben", "Chloe", "Dan", "Eva", "Felix"];
    public static readonly string[] LastNames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Smith", "Brown", "Garcia", "Novak"];
    public static readonly string[] Occupations = ["office worker", "teacher", "engineer", "student", "retired", "business owner", "doctor"];
    public static readonly string[] IncomeBands = ["low", "middle", "upper middle", "high"];
    public static readonly string[] Channels = ["web", "app", "store"];
    public static readonly string[] ComplaintTypes = ["late delivery", "damaged", "wrong item", "quality"];
    public static readonly string[] ReturnReasons = ["damaged", "not as described", "changed mind"];
    public static readonly string[] Reps = ["Li Na", "Wang Wei", "Zhao Min"];

    public static bool IsPromotionDay(DateTimeOffset at) => PromotionDays.Contains((at.UtcDateTime.Month, at.UtcDateTime.Day));

    public sealed record Region(string Name, string[] Cities, double[] Tastes);
}
