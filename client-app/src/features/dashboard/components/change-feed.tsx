import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useFormat } from '@/hooks/use-format';
import { useSegmentChanges } from '../api/get-segment-changes';
import type { SegmentChange } from '../types';
import { ChangeItem } from './change-item';

export function ChangeFeed() {
  const { t } = useTranslation();
  const titleId = useId();
  const changes = useSegmentChanges();

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('feed.title')}</h2>
      </header>
      {changes.data ? (
        <ChangeList items={changes.data.items} />
      ) : changes.isError ? (
        <LoadError onRetry={() => void changes.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function ChangeList({ items }: { items: SegmentChange[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {items.length === 0 && <p className="muted">{t('feed.empty')}</p>}
      <ol className="change-feed" data-testid="change-feed">
        {items.map((change) => (
          <ChangeItem key={change.sequence} change={change} formatTime={format.dateTime} />
        ))}
      </ol>
    </>
  );
}
