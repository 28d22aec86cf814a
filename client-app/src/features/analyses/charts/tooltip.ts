const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** ECharts renders tooltip text as HTML, and names such as categories and regions come from the shops. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);

/** Tooltip lines: the first as a heading, the rest as "label: value". */
export const tooltipLines = (title: string, lines: readonly (readonly [string, string])[]): string =>
  [`<strong>${escapeHtml(title)}</strong>`, ...lines.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`)].join(
    '<br/>',
  );

/** The data index of the item a tooltip is about. */
export const indexOf = (params: unknown): number => (params as { dataIndex: number }).dataIndex;

/** The data of the item a tooltip or label is about. */
export const dataOf = <T>(params: unknown): T => (params as { data: T }).data;
