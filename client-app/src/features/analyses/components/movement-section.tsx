import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useSegmentMovement, type MovementQuery } from '../api/get-segment-movement';
import { movementSankeyOption } from '../charts/movement-sankey';
import { tooltipLines } from '../charts/tooltip';
import { isoDay } from '../dates';
import { useSegmentLabel } from '../segment-label';
import type { SegmentMovement } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { MovementTable } from './movement-table';
import { RangeFields } from './range-fields';

const DEFAULT_DAYS = 30;

export function MovementSection() {
  const { t } = useTranslation();
  const [range, setRange] = useState<MovementQuery>(() => ({ from: isoDay(new Date(), DEFAULT_DAYS), to: isoDay(new Date()) }));
  const movement = useSegmentMovement(range);

  return (
    <>
      <div className="analysis-controls">
        <RangeFields
          type="date"
          range={range}
          labels={{ from: t('analyses.movement.from'), to: t('analyses.movement.to') }}
          // Both ends are needed: the last whole range stays while a date is being typed.
          onChange={(end, value) => value !== '' && setRange({ ...range, [end]: value })}
          testId="movement"
        />
      </div>
      <AnalysisResult query={movement} isEmpty={(data) => data.flows.length === 0}>
        {(data) => <MovementFlows movement={data} />}
      </AnalysisResult>
    </>
  );
}

function MovementFlows({ movement }: { movement: SegmentMovement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const segmentLabel = useSegmentLabel();
  const option = useMemo(
    () =>
      movementSankeyOption(movement.flows, {
        segment: segmentLabel,
        describeFlow: (flow) =>
          tooltipLines(t('analyses.movement.flow', { from: segmentLabel(flow.from), to: segmentLabel(flow.to) }), [
            [t('analyses.customers'), format.number(flow.customers)],
          ]),
      }),
    [movement, t, format, segmentLabel],
  );
  return (
    <>
      <AnalysisChart option={option} className="analysis-chart-tall" aria-label={t('analyses.movement.chartLabel')} data-testid="movement-sankey" />
      <h3 className="analysis-subtitle">{t('analyses.movement.matrixTitle')}</h3>
      <MovementTable flows={movement.flows} />
    </>
  );
}
