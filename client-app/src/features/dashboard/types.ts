import type { components } from '@/lib/api/schema';

// ASP.NET Core 10 describes int and long as `integer | string` unless the server's JSON number
// handling is strict, though the wire always carries numbers: hence Number() where they are compared.
export type SegmentCounts = components['schemas']['SegmentCounts'];
export type SegmentChangeFeed = components['schemas']['SegmentChangeFeed'];
export type SegmentChange = components['schemas']['SegmentChange'];
