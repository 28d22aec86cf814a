using System.Globalization;
using System.Text;

namespace Saas.Bench;

/// <summary>Request bodies in the public ingestion format, built before timing starts.</summary>
internal static class OrderBatches
{
    public static byte[] Build(string orderPrefix, int firstOrder, int count, Func<int, string> customerOf, DateTimeOffset placedAt)
    {
        var json = new StringBuilder(count * 260).Append('[');
        for (var i = 0; i < count; i++)
        {
            var n = firstOrder + i;
            if (i > 0) json.Append(',');
            var total = (10 + n % 190).ToString(CultureInfo.InvariantCulture);
            json.Append(CultureInfo.InvariantCulture,
                $$"""{"id":"{{orderPrefix}}-{{n}}","customer":{"id":"{{customerOf(n)}}","email":"{{customerOf(n)}}@example.com","name":"Bench {{n}}"},"placedAt":"{{placedAt:O}}","total":{{total}},"currency":"EUR","lines":[{"sku":"TEA-{{n % 40}}","category":"tea","quantity":1,"price":{{total}}}]}""");
        }
        return Encoding.UTF8.GetBytes(json.Append(']').ToString());
    }
}
