import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useRfmGrid } from '../api/get-rfm-grid';
import { rfmHeatmapOption } from '../charts/rfm-heatmap';
import { tooltipLines } from '../charts/tooltip';
import { useSegmentLabel } from '../segment-label';
import type { RfmGrid } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { KeyFigures } from './key-figures';

export function RfmGridSection() {
  const grid = useRfmGrid();
  return (
    <AnalysisResult query={grid} isEmpty={(data) => data.cells.length === 0}>
      {(data) => <RfmHeatmap grid={data} />}
    </AnalysisResult>
  );
}

function RfmHeatmap({ grid }: { grid: RfmGrid }) {
  const { t } = useTranslation();
  const format = useFormat();
  const segmentLabel = useSegmentLabel();
  const option = useMemo(
    () =>
      rfmHeatmapOption(grid, {
        r: (score) => t('analyses.rfm.r', { score }),
        f: (score) => t('analyses.rfm.f', { score }),
        describe: (cell) =>
          tooltipLines(t('analyses.rfm.cell', { r: cell.r, f: cell.f }), [
            [t('analyses.customers'), format.number(cell.customers)],
            [t('analyses.rfm.averageMonetary'), format.money(cell.averageMonetary)],
            [t('analyses.rfm.segment'), segmentLabel(cell.segment)],
            ...cell.segments
              .slice(1)
              .map((other) => [t('analyses.rfm.alsoIn', { segment: segmentLabel(other.segment) }), format.number(other.customers)] as const),
          ]),
      }),
    [grid, t, format, segmentLabel],
  );
  return (
    <>
      <KeyFigures figures={[{ label: t('analyses.rfm.scored'), value: format.number(grid.customers), testId: 'rfm-customers' }]} />
      <AnalysisChart option={option} className="analysis-chart-tall" aria-label={t('analyses.rfm.chartLabel')} data-testid="rfm-heatmap" />
    </>
  );
}
