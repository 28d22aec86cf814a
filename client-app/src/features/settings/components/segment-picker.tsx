import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_SEGMENTS } from '../segment-grid';
import { SEGMENT_COLORS } from '../segment-names';
import type { Segment } from '../types';

interface SegmentPickerProps {
  r: number;
  fm: number;
  current: Segment | null;
  segmentName: (segment: Segment) => string;
  onPick: (segment: Segment) => void;
  onClose: () => void;
}

/** The segments one grid cell can have; focus moves here when a cell is clicked, Escape closes it. */
export function SegmentPicker({ r, fm, current, segmentName, onPick, onClose }: SegmentPickerProps) {
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const options = group.current?.querySelectorAll<HTMLButtonElement>('.segment-option');
    const chosen = Array.from(options ?? []).find((option) => option.getAttribute('aria-pressed') === 'true');
    (chosen ?? options?.[0])?.focus();
  }, [r, fm]);

  return (
    <div
      ref={group}
      className="segment-picker"
      role="group"
      aria-label={t('settings.grid.pickFor', { r, fm })}
      data-testid="segment-picker"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p className="segment-picker-title">{t('settings.grid.pickFor', { r, fm })}</p>
      <div className="segment-picker-options">
        {GRID_SEGMENTS.map((segment) => (
          <button
            key={segment}
            type="button"
            className="segment-option"
            style={{ borderColor: SEGMENT_COLORS[segment], background: segment === current ? SEGMENT_COLORS[segment] : undefined }}
            aria-pressed={segment === current}
            onClick={() => onPick(segment)}
          >
            {segmentName(segment)}
          </button>
        ))}
      </div>
      <button type="button" className="link-button" onClick={onClose}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
