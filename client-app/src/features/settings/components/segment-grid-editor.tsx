import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withCell, type SegmentGrid } from '../segment-grid';
import { SEGMENT_COLORS } from '../segment-names';
import type { Segment } from '../types';
import { SegmentPicker } from './segment-picker';

interface SegmentGridEditorProps {
  grid: SegmentGrid;
  segmentName: (segment: Segment) => string;
  /** Absent when the user may only look. */
  onChange?: (grid: SegmentGrid) => void;
  errors: string[];
}

/** The R × FM grid, best recency at the top; clicking a cell picks its segment. */
export function SegmentGridEditor({ grid, segmentName, onChange, errors }: SegmentGridEditorProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState<{ r: number; fm: number } | null>(null);
  const levels = grid.length;
  const recencies = Array.from({ length: levels }, (_, index) => levels - index);
  const fms = Array.from({ length: levels }, (_, index) => index + 1);
  const cellLabel = (r: number, fm: number, segment: Segment | null) =>
    t('settings.grid.cell', { r, fm, segment: segment === null ? t('settings.grid.noSegment') : segmentName(segment) });

  return (
    <div className="segment-grid-editor">
      <div className="table-scroll">
        <table className="segment-grid" aria-label={t('settings.grid.label')} aria-invalid={errors.length > 0 || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('settings.grid.corner')}</th>
              {fms.map((fm) => (
                <th key={fm} scope="col">
                  {t('settings.grid.fm', { fm })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {recencies.map((r) => (
              <tr key={r}>
                <th scope="row">{t('settings.grid.r', { r })}</th>
                {fms.map((fm) => {
                  const segment = grid[r - 1]?.[fm - 1] ?? null;
                  const style = { background: segment === null ? undefined : SEGMENT_COLORS[segment] };
                  const text = segment === null ? '—' : segmentName(segment);
                  return (
                    <td key={fm} data-testid={`grid-cell-${r}-${fm}`} data-segment={segment ?? ''}>
                      {onChange ? (
                        <button
                          type="button"
                          className="segment-cell"
                          style={style}
                          aria-label={cellLabel(r, fm, segment)}
                          aria-pressed={picking?.r === r && picking.fm === fm}
                          onClick={() => setPicking({ r, fm })}
                        >
                          {text}
                        </button>
                      ) : (
                        <span className="segment-cell" style={style} title={cellLabel(r, fm, segment)}>
                          {text}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > 0 && (
        <p className="field-error" data-testid="grid-errors">
          {errors.join(' ')}
        </p>
      )}
      {onChange && picking && (
        <SegmentPicker
          r={picking.r}
          fm={picking.fm}
          current={grid[picking.r - 1]?.[picking.fm - 1] ?? null}
          segmentName={segmentName}
          onPick={(segment) => {
            onChange(withCell(grid, picking.r, picking.fm, segment));
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      )}
    </div>
  );
}
