import type { SegmentChange, SegmentChangeFeed, SegmentCounts } from '../types';
import { FEED_LIMIT } from './get-segment-changes';

// After a refetch the two snapshots may stand at different sequences, so each one
// skips the messages it already holds.

export function withCounts(current: SegmentCounts | undefined, next: SegmentCounts): SegmentCounts | undefined {
  if (current !== undefined && Number(next.sequence) <= Number(current.sequence)) return current;
  return next;
}

export function withChange(
  feed: SegmentChangeFeed | undefined,
  change: SegmentChange,
): SegmentChangeFeed | undefined {
  if (feed === undefined || Number(change.sequence) <= Number(feed.sequence)) return feed;
  return { sequence: change.sequence, items: [change, ...feed.items].slice(0, FEED_LIMIT) };
}
