import { describe, expect, it } from 'vitest';
import { abcPareto, cohortRetention, rfmGrid, segmentMovement } from '../testing/fixtures';
import { barChartOption } from './bar-chart';
import { cohortHeatmapOption } from './cohort-heatmap';
import { movementSankeyOption } from './movement-sankey';
import { paretoCurveOption } from './pareto-curve';
import { rfmHeatmapOption } from './rfm-heatmap';
import { escapeHtml, tooltipLines } from './tooltip';

// The options are plain data but for the formatters; these read both as ECharts would.
type Formatter = (params: unknown) => string;
const formatterOf = (option: { tooltip?: unknown }) => (option.tooltip as { formatter: Formatter }).formatter;
const seriesOf = <T>(option: { series?: unknown }) => option.series as T[];

describe('rfmHeatmapOption', () => {
  const option = rfmHeatmapOption(rfmGrid, {
    r: (score) => `R${score}`,
    f: (score) => `F${score}`,
    describe: (cell) => `${cell.segment} ${cell.customers}`,
  });

  it('puts each cell at its F column and R row, over as many levels as the scores reach', () => {
    expect(option.xAxis).toMatchObject({ data: ['F1', 'F2', 'F3', 'F4', 'F5'] });
    expect(option.yAxis).toMatchObject({ data: ['R1', 'R2', 'R3', 'R4', 'R5'] });
    expect(seriesOf<{ data: unknown }>(option)[0]!.data).toEqual([
      [4, 1, 376],
      [0, 4, 184],
    ]);
    expect(option.visualMap).toMatchObject({ min: 0, max: 376 });
  });

  it('describes the cell under the pointer', () => {
    expect(formatterOf(option)({ dataIndex: 1 })).toBe('New 184');
  });
});

describe('paretoCurveOption', () => {
  const option = paretoCurveOption(abcPareto, { customers: 'customers', revenue: 'revenue', className: (c) => `Class ${c}` });
  const series = seriesOf<{ name: string; data: number[][]; markLine?: { data: { yAxis: number }[] } }>(option);

  it('draws one line per class, each starting where the one before ends', () => {
    expect(series.map((line) => [line.name, line.data])).toEqual([
      ['Class A', [[0, 0], [25, 60]]],
      ['Class B', [[25, 60], [50, 85]]],
      ['Class C', [[50, 85], [100, 100]]],
    ]);
  });

  it('marks where A and A + B reach their shares of revenue', () => {
    expect(series[0]!.markLine!.data).toEqual([{ yAxis: 80 }, { yAxis: 95 }]);
  });
});

describe('movementSankeyOption', () => {
  const option = movementSankeyOption([...segmentMovement.flows, { from: 'Lost', to: 'New', customers: 0 }], {
    segment: (segment) => segment.toUpperCase(),
    describeFlow: (flow) => `${flow.from}>${flow.to}`,
  });
  const [sankey] = seriesOf<{ data: { name: string; depth: number; label: { formatter: string } }[]; links: unknown[] }>(option);

  it('keeps the start and the end apart, so staying in a segment is a band, not a loop', () => {
    expect(sankey!.data.map((node) => [node.name, node.depth, node.label.formatter])).toEqual([
      ['start:Loyal', 0, 'LOYAL'],
      ['start:Prospect', 0, 'PROSPECT'],
      ['end:Loyal', 1, 'LOYAL'],
      ['end:AtRisk', 1, 'ATRISK'],
      ['end:New', 1, 'NEW'],
    ]);
    expect(sankey!.links).toEqual([
      { source: 'start:Loyal', target: 'end:Loyal', value: 40 },
      { source: 'start:Loyal', target: 'end:AtRisk', value: 7 },
      { source: 'start:Prospect', target: 'end:New', value: 12 },
    ]);
  });

  it('describes a band, not a node', () => {
    expect(formatterOf(option)({ dataType: 'edge', dataIndex: 1 })).toBe('Loyal>AtRisk');
    expect(formatterOf(option)({ dataType: 'node', dataIndex: 1 })).toBe('');
  });
});

describe('cohortHeatmapOption', () => {
  const option = cohortHeatmapOption(cohortRetention, {
    month: (isoDate) => isoDate.slice(0, 7),
    offset: (months) => `+${months}`,
    describe: (cohort, offset) => `${cohort}/${offset}`,
  });

  it('gives each cohort a row and each month since a column, in percent', () => {
    expect(option.xAxis).toMatchObject({ data: ['+0', '+1', '+2'] });
    expect(option.yAxis).toMatchObject({ data: ['2026-09', '2026-10', '2026-11'], inverse: true });
    expect(seriesOf<{ data: unknown }>(option)[0]!.data).toEqual([
      [0, 0, 100],
      [1, 0, 28.2],
      [2, 0, 25.9],
      [0, 1, 100],
      [1, 1, 27.1],
      [0, 2, 100],
    ]);
    expect(formatterOf(option)({ data: [1, 0, 28.2] })).toBe('0/1');
  });
});

describe('barChartOption', () => {
  it('stacks the series when asked and marks a category', () => {
    const option = barChartOption({
      categories: ['1', '2'],
      series: [
        { name: 'tea', values: [1, 2] },
        { name: 'coffee', values: [3, 4] },
      ],
      stacked: true,
      markCategory: '2',
    });
    const series = seriesOf<{ stack?: string; markLine?: { data: unknown[] } }>(option);
    expect(series.map((bar) => bar.stack)).toEqual(['total', 'total']);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: '2' }]);
    expect(option.legend).toBeDefined();
  });

  it('needs no legend for one series', () => {
    expect(barChartOption({ categories: ['a'], series: [{ name: 'n', values: [1] }] }).legend).toBeUndefined();
  });
});

describe('tooltips', () => {
  it('escape what the shops named', () => {
    expect(escapeHtml('<b>"tea" & co</b>')).toBe('&lt;b&gt;&quot;tea&quot; &amp; co&lt;/b&gt;');
    expect(tooltipLines('<x>', [['a', '1']])).toBe('<strong>&lt;x&gt;</strong><br/>a: 1');
  });
});
