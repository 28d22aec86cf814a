using Saas.Domain.Rfm;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// Every customer of a tenant with the segment it is in at one instant: the customer numbers in ascending order
/// with a segment code each (its position in <see cref="Segment"/>), plus the customers a replay of moves met that
/// the snapshot it started from did not know.
/// </summary>
public sealed class SegmentState
{
    public static readonly string[] Names = Enum.GetNames<Segment>();

    private readonly long[] _customers;
    private readonly byte[] _codes;
    private readonly Dictionary<long, byte> _added;

    private SegmentState(long[] customers, byte[] codes, Dictionary<long, byte> added)
    {
        _customers = customers;
        _codes = codes;
        _added = added;
    }

    public static SegmentState Empty() => new([], [], []);

    public int Count => _customers.Length + _added.Count;

    /// <summary>The customer is in <paramref name="code"/> from now on (a move replayed forwards, or backwards with its origin).</summary>
    public void Set(long customer, byte code)
    {
        var at = Array.BinarySearch(_customers, customer);
        if (at >= 0) _codes[at] = code;
        else _added[customer] = code;
    }

    /// <summary>A state that can be replayed on its own; the customer numbers are shared, never changed.</summary>
    public SegmentState Copy() => new(_customers, (byte[])_codes.Clone(), new Dictionary<long, byte>(_added));

    /// <summary>
    /// How many customers were in each pair of segments, here (rows) and in <paramref name="later"/> (columns).
    /// A customer <paramref name="later"/> has that this state has not was a prospect here.
    /// </summary>
    public long[,] CountPairs(SegmentState later)
    {
        var (customers, codes) = Sorted();
        var (laterCustomers, laterCodes) = later.Sorted();
        var pairs = new long[Names.Length, Names.Length];
        var at = 0;
        for (var i = 0; i < laterCustomers.Length; i++)
        {
            while (at < customers.Length && customers[at] < laterCustomers[i]) at++;
            var code = at < customers.Length && customers[at] == laterCustomers[i] ? codes[at] : (byte)Segment.Prospect;
            pairs[code, laterCodes[i]]++;
        }
        return pairs;
    }

    /// <summary>Customer numbers ascending as unsigned LEB128 deltas, then one code per customer.</summary>
    public byte[] Encode()
    {
        var (customers, codes) = Sorted();
        using var buffer = new MemoryStream(customers.Length * 3);
        var previous = 0L;
        foreach (var customer in customers)
        {
            var delta = (ulong)(customer - previous);
            previous = customer;
            while (delta >= 0x80)
            {
                buffer.WriteByte((byte)(delta | 0x80));
                delta >>= 7;
            }
            buffer.WriteByte((byte)delta);
        }
        buffer.Write(codes);
        return buffer.ToArray();
    }

    /// <param name="names">The segment names the stored codes stand for, which may be ordered differently from today's.</param>
    public static SegmentState Decode(byte[] data, int count, string[] names)
    {
        var translate = names.Select(n => (byte)Enum.Parse<Segment>(n)).ToArray();
        var customers = new long[count];
        var position = 0;
        var previous = 0L;
        for (var i = 0; i < count; i++)
        {
            ulong delta = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[position++];
                delta |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) break;
            }
            customers[i] = previous += (long)delta;
        }
        if (data.Length - position != count) throw new InvalidDataException($"A segment snapshot of {count} customers holds {data.Length - position} codes.");
        var codes = new byte[count];
        for (var i = 0; i < count; i++) codes[i] = translate[data[position + i]];
        return new SegmentState(customers, codes, []);
    }

    private (long[] Customers, byte[] Codes) Sorted()
    {
        if (_added.Count == 0) return (_customers, _codes);
        var added = _added.OrderBy(a => a.Key).ToArray();
        var customers = new long[Count];
        var codes = new byte[Count];
        for (int i = 0, a = 0, o = 0; o < customers.Length; o++)
        {
            if (a < added.Length && (i == _customers.Length || added[a].Key < _customers[i]))
            {
                (customers[o], codes[o]) = (added[a].Key, added[a].Value);
                a++;
            }
            else
            {
                (customers[o], codes[o]) = (_customers[i], _codes[i]);
                i++;
            }
        }
        return (customers, codes);
    }
}
