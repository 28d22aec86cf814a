import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useSegmentingSettings } from '../api/get-analysis-settings';
import type { FilterName } from '../hooks/use-customer-query';
import { useLabel } from '../hooks/use-label';
import { ABC_CLASSES, LIFECYCLE_STAGES, SORTS, type CustomerQuery } from '../types';
import { FilterSelect, type Option } from './filter-select';

/** How long typing pauses before the search is sent. */
const SEARCH_DEBOUNCE_MS = 300;

interface CustomerFiltersProps {
  query: CustomerQuery;
  onChange: (name: FilterName | 'sort' | 'mine', value: string | undefined) => void;
}

export function CustomerFilters({ query, onChange }: CustomerFiltersProps) {
  const { t } = useTranslation();
  const label = useLabel();
  // The tenant's settings name every segment it can have.
  const segments = Object.keys(useSegmentingSettings().data?.segmentNames ?? {});
  const addressSearch = query.search ?? '';
  const [search, setSearch] = useState(addressSearch);
  const debounced = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  // The search the address has, or is about to have: tells typing apart from the address changing by other means.
  const sent = useRef(addressSearch);

  useEffect(() => {
    if (debounced === sent.current) return;
    sent.current = debounced;
    onChange('search', debounced);
  }, [debounced, onChange]);

  useEffect(() => {
    if (addressSearch === sent.current) return;
    sent.current = addressSearch;
    setSearch(addressSearch);
  }, [addressSearch]);

  const choices: { name: 'segment' | 'abc' | 'stage'; label: string; anyLabel: string; options: Option[] }[] = [
    {
      name: 'segment',
      label: t('customers.columns.segment'),
      anyLabel: t('customers.filters.anySegment'),
      options: segments.map((segment) => ({ value: segment, label: label('segments', segment) })),
    },
    {
      name: 'abc',
      label: t('customers.columns.abc'),
      anyLabel: t('customers.filters.anyAbc'),
      options: ABC_CLASSES.map((abc) => ({ value: abc, label: abc })),
    },
    {
      name: 'stage',
      label: t('customers.columns.stage'),
      anyLabel: t('customers.filters.anyStage'),
      options: LIFECYCLE_STAGES.map((stage) => ({ value: stage, label: label('customers.stages', stage) })),
    },
  ];

  return (
    <div className="customer-filters" role="search">
      <label className="filter filter-search">
        <span>{t('customers.filters.search')}</span>
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t('customers.filters.searchPlaceholder')}
          data-testid="customer-search"
        />
      </label>
      {choices.map((choice) => (
        <FilterSelect
          key={choice.name}
          label={choice.label}
          value={query[choice.name]}
          anyLabel={choice.anyLabel}
          options={choice.options}
          onChange={(value) => onChange(choice.name, value)}
          testId={`${choice.name}-filter`}
        />
      ))}
      <FilterSelect
        label={t('customers.filters.sort')}
        value={query.sort}
        options={SORTS.map((sort) => ({ value: sort, label: t(`customers.sorts.${sort}`) }))}
        onChange={(value) => onChange('sort', value)}
        testId="customer-sort"
      />
      <label className="filter-check">
        <input
          type="checkbox"
          checked={query.mine}
          onChange={(event) => onChange('mine', event.target.checked ? '1' : undefined)}
          data-testid="mine-filter"
        />
        <span>{t('customers.filters.mine')}</span>
      </label>
    </div>
  );
}
