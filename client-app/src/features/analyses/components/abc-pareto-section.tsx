import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { useAbcPareto } from '../api/get-abc-pareto';
import { paretoCurveOption } from '../charts/pareto-curve';
import type { AbcPareto } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { KeyFigures } from './key-figures';

type ClassSize = AbcPareto['classes'][number];

export function AbcParetoSection() {
  const pareto = useAbcPareto();
  return (
    <AnalysisResult query={pareto} isEmpty={(data) => data.curve.length === 0}>
      {(data) => <ParetoCurve pareto={data} />}
    </AnalysisResult>
  );
}

function ParetoCurve({ pareto }: { pareto: AbcPareto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () =>
      paretoCurveOption(pareto, {
        customers: t('analyses.abc.customerShare'),
        revenue: t('analyses.abc.revenueShare'),
        className: (abcClass) => t('analyses.abc.class', { abcClass }),
      }),
    [pareto, t],
  );
  const columns = useMemo<Column<ClassSize>[]>(
    () => [
      { id: 'class', header: t('analyses.abc.classColumn'), cell: (size) => <strong>{size.class}</strong> },
      { id: 'customers', header: t('analyses.customers'), cell: (size) => format.number(size.customers), numeric: true },
      { id: 'customerShare', header: t('analyses.abc.customerShare'), cell: (size) => format.percent(size.customerShare), numeric: true },
      { id: 'revenueShare', header: t('analyses.abc.revenueShare'), cell: (size) => format.percent(size.revenueShare), numeric: true },
    ],
    [t, format],
  );
  return (
    <>
      <KeyFigures
        figures={[
          { label: t('analyses.customers'), value: format.number(pareto.customers) },
          { label: t('analyses.revenue'), value: format.money(pareto.revenue) },
        ]}
      />
      <AnalysisChart option={option} className="analysis-chart" aria-label={t('analyses.abc.chartLabel')} data-testid="pareto-chart" />
      <DataTable
        label={t('analyses.abc.classesLabel')}
        columns={columns}
        rows={pareto.classes}
        rowKey={(size) => size.class}
        rowAttributes={(size) => ({ 'data-testid': `abc-class-${size.class}` })}
        empty={t('analyses.noData')}
      />
    </>
  );
}
