import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Rule, RulePreview } from '../types';

export const PREVIEW_DELAY_MS = 400;

export const previewRule = (rule: Rule): Promise<RulePreview> =>
  unwrap(api.POST('/api/v1/segments/custom/preview', { body: { rule } }));

/** How many customers the rule takes now, asked once the rule has stopped changing for a moment. */
export function useRulePreview(rule: Rule | undefined) {
  const settled = useDebouncedValue(rule === undefined ? undefined : JSON.stringify(rule), PREVIEW_DELAY_MS);
  return useQuery({
    queryKey: ['custom-segments', 'preview', settled],
    queryFn: () => withAntiforgery(previewRule)(JSON.parse(settled!) as Rule),
    enabled: settled !== undefined,
    // The last count stays on screen while the next one is on its way.
    placeholderData: keepPreviousData,
    // A rule the server refuses stays refused: its messages show at once.
    retry: false,
  });
}
