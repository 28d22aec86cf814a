import type { SegmentFlow } from '../types';
import type { ChartOption } from './chart-option';
import { indexOf } from './tooltip';

interface SankeyText {
  segment: (segment: string) => string;
  /** The tooltip's HTML for one flow. */
  describeFlow: (flow: SegmentFlow) => string;
}

const startNode = (segment: string) => `start:${segment}`;
const endNode = (segment: string) => `end:${segment}`;

/** Segments at the start on the left, at the end on the right; each band is the customers who went that way. */
export function movementSankeyOption(flows: SegmentFlow[], text: SankeyText): ChartOption {
  const moving = flows.filter((flow) => Number(flow.customers) > 0);
  const node = (id: string, segment: string, depth: number) => ({ name: id, depth, label: { formatter: text.segment(segment) } });
  const starts = [...new Set(moving.map((flow) => flow.from))].map((segment) => node(startNode(segment), segment, 0));
  const ends = [...new Set(moving.map((flow) => flow.to))].map((segment) => node(endNode(segment), segment, 1));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) =>
        (params as { dataType?: string }).dataType === 'edge' ? text.describeFlow(moving[indexOf(params)]!) : '',
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 140,
        top: 8,
        bottom: 8,
        nodeGap: 10,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.35 },
        data: [...starts, ...ends],
        links: moving.map((flow) => ({ source: startNode(flow.from), target: endNode(flow.to), value: Number(flow.customers) })),
      },
    ],
  };
}
