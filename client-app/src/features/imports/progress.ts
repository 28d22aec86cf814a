import type { ImportProgress } from './types';

export interface ProgressView {
  /** 0 to 100. */
  percent: number;
  rowsRead: number;
  rowsPerSecond: number;
  badRows: number;
  /** Whole seconds, or undefined when the pace is not known yet or the import is over. */
  secondsLeft: number | undefined;
  finished: boolean;
  failed: boolean;
  /** Running, but its server stopped: it can be started again. */
  stalled: boolean;
}

export const isRunning = (progress: Pick<ImportProgress, 'state'>): boolean => progress.state === 'running';

/** What the progress bar and its summary show; 64-bit counts may arrive as strings. */
export function progressView(progress: ImportProgress): ProgressView {
  const finished = progress.state === 'completed';
  const left = progress.secondsLeft;
  const stalled = isRunning(progress) && progress.stalled;
  return {
    percent: Math.min(100, Math.max(0, finished ? 100 : Number(progress.percent))),
    rowsRead: Number(progress.rowsRead),
    rowsPerSecond: Number(progress.rowsPerSecond),
    badRows: Number(progress.badRows),
    secondsLeft: isRunning(progress) && !stalled && left !== null && left !== undefined ? Math.ceil(Number(left)) : undefined,
    finished,
    failed: progress.state === 'failed',
    stalled,
  };
}

/**
 * Pushed messages and fetched snapshots may arrive out of order: a later run (started again after a failure) wins,
 * and within a run a final state stays and the rows read never go back.
 */
export function isNewer(current: ImportProgress | undefined, incoming: ImportProgress): boolean {
  if (current === undefined) return true;
  if (incoming.startedAt !== current.startedAt) return (incoming.startedAt ?? '') > (current.startedAt ?? '');
  if (current.state !== 'running') return false;
  return incoming.state !== 'running' || Number(incoming.rowsRead) >= Number(current.rowsRead);
}
