import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useCustomSegment } from '../api/get-custom-segment';
import { useCustomSegments } from '../api/get-custom-segments';
import { useSegmentFields } from '../api/get-segment-fields';
import { useCustomSegmentChanges } from '../api/use-custom-segment-changes';
import type { FieldCatalogue } from '../rule-draft';
import type { CustomSegmentView } from '../types';
import { SegmentEditor } from './segment-editor';
import { SegmentTable } from './segment-table';
import '../custom-segments.css';

type Open = { kind: 'new' } | { kind: 'saved'; id: number } | undefined;

/** The tenant's own segments with their live member counts; the owner defines them by rules. */
export function CustomSegmentsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const listTitleId = useId();
  const segments = useCustomSegments();
  const fields = useSegmentFields();
  const [open, setOpen] = useState<Open>();
  // A new segment's editor gives way to the saved one's, so the outcome is told here.
  const [saved, setSaved] = useState<CustomSegmentView>();
  useCustomSegmentChanges();

  const show = (next: Open) => {
    setSaved(undefined);
    setOpen(next);
  };
  const onSaved = (segment: CustomSegmentView) => {
    setOpen({ kind: 'saved', id: Number(segment.id) });
    setSaved(segment);
  };
  const onDeleted = () => show(undefined);
  const retry = () => void Promise.all([segments.refetch(), fields.refetch()]);

  return (
    <div className="page custom-segments">
      <div className="page-heading">
        <h1>{t('customSegments.title')}</h1>
        <p className="muted">{t('customSegments.intro')}</p>
      </div>
      <section className="card" aria-labelledby={listTitleId}>
        <header className="card-header">
          <h2 id={listTitleId}>{t('customSegments.listTitle')}</h2>
          {canEdit && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => show({ kind: 'new' })}
              data-testid="segment-new"
            >
              {t('customSegments.new')}
            </button>
          )}
        </header>
        {segments.data ? (
          <SegmentTable
            segments={segments.data.items}
            selectedId={open?.kind === 'saved' ? open.id : undefined}
            onOpen={(id) => show({ kind: 'saved', id })}
          />
        ) : segments.isError ? (
          <LoadError onRetry={retry} />
        ) : (
          <Loading />
        )}
      </section>
      {saved && (
        <p className="form-notice" role="status" data-testid="segment-saved">
          {t('customSegments.saved', { name: saved.name, count: Number(saved.members) })}
        </p>
      )}
      {open && fields.isError && <LoadError onRetry={retry} />}
      {open?.kind === 'new' && fields.data && (
        <SegmentEditor key="new" fields={fields.data} canEdit={canEdit} onSaved={onSaved} onDeleted={onDeleted} />
      )}
      {open?.kind === 'saved' && fields.data && (
        <SavedSegmentEditor
          key={open.id}
          id={open.id}
          fields={fields.data}
          canEdit={canEdit}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      )}
    </div>
  );
}

interface SavedSegmentEditorProps {
  id: number;
  fields: FieldCatalogue;
  canEdit: boolean;
  onSaved: (saved: CustomSegmentView) => void;
  onDeleted: () => void;
}

/** Opens the editor once the segment's rule is loaded, so it starts from the stored rule. */
function SavedSegmentEditor({ id, ...editor }: SavedSegmentEditorProps) {
  const segment = useCustomSegment(id);
  if (segment.data) return <SegmentEditor segment={segment.data} {...editor} />;
  return segment.isError ? <LoadError onRetry={() => void segment.refetch()} /> : <Loading />;
}
