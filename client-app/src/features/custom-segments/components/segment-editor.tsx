import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { ApiError, fieldErrors } from '@/lib/api/errors';
import { useRulePreview } from '../api/preview-rule';
import { useSaveCustomSegment } from '../api/save-custom-segment';
import { fromRule, newCondition, newGroup, RULE_PATH, toRule, type FieldCatalogue, type NodeDraft } from '../rule-draft';
import type { CustomSegmentView, Rule } from '../types';
import { DeleteSegmentDialog } from './delete-segment-dialog';
import { RuleBuilder } from './rule-builder';
import { RulePreviewPanel } from './rule-preview-panel';

interface SegmentEditorProps {
  fields: FieldCatalogue;
  /** The saved segment; absent for a new one. */
  segment?: CustomSegmentView;
  canEdit: boolean;
  onSaved: (saved: CustomSegmentView) => void;
  onDeleted: () => void;
}

const problemErrors = (error: Error | null) => (error instanceof ApiError ? error.problem?.errors : undefined);

function initialRoot(fields: FieldCatalogue, segment: CustomSegmentView | undefined): NodeDraft {
  if (segment) return fromRule(segment.rule as Rule, fields);
  const first = fields.values().next().value;
  return newGroup('all', first ? [newCondition(first)] : []);
}

/** A segment's name and rule, with the count of customers the rule takes as it is edited. */
export function SegmentEditor({ fields, segment, canEdit, onSaved, onDeleted }: SegmentEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [root, setRoot] = useState(() => initialRoot(fields, segment));
  const [deleting, setDeleting] = useState(false);
  const { rule, paths } = useMemo(() => toRule(root, fields), [root, fields]);
  const preview = useRulePreview(rule);
  const save = useSaveCustomSegment();

  // The server's messages about the rule, from the save or else from the preview, show beside their nodes.
  const ruleErrors = problemErrors(save.error) ?? problemErrors(preview.error);
  const ruleKeys = Object.keys(problemErrors(save.error) ?? {}).filter((key) => key.startsWith(RULE_PATH));
  const shownBeside = ['name', 'description', ...ruleKeys];

  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    save.reset();
    set(value);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), description: description.trim() || null, rule };
    save.mutate({ id: segment ? Number(segment.id) : undefined, input }, { onSuccess: onSaved });
  };

  return (
    <section className="card segment-editor" aria-labelledby={titleId} data-testid="segment-editor">
      <header className="card-header">
        <h2 id={titleId}>{segment ? segment.name : t('customSegments.newTitle')}</h2>
      </header>
      <form className="stack" onSubmit={handleSubmit}>
        <TextField
          label={t('customSegments.name')}
          value={name}
          maxLength={100}
          required
          disabled={!canEdit}
          onChange={(event) => edited(setName)(event.target.value)}
          errors={fieldErrors(save.error, 'name')}
          data-testid="segment-name"
        />
        <TextField
          label={t('customSegments.description')}
          value={description}
          maxLength={500}
          disabled={!canEdit}
          onChange={(event) => edited(setDescription)(event.target.value)}
          errors={fieldErrors(save.error, 'description')}
          data-testid="segment-description"
        />
        <div className="segment-editor-body">
          <fieldset className="rule-fieldset">
            <legend>{t('customSegments.rule')}</legend>
            <RuleBuilder
              root={root}
              fields={fields}
              paths={paths}
              errors={ruleErrors}
              readOnly={!canEdit}
              onChange={edited(setRoot)}
            />
          </fieldset>
          <RulePreviewPanel preview={preview} />
        </div>
        {save.error && <ErrorAlert error={save.error} fieldsShown={shownBeside} />}
        {canEdit && (
          <div className="row-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={save.isPending || name.trim() === ''}
              data-testid="segment-save"
            >
              {t('customSegments.save')}
            </button>
            {segment && (
              <button
                type="button"
                className="button button-danger-quiet"
                onClick={() => setDeleting(true)}
                data-testid="segment-delete"
              >
                {t('customSegments.delete')}
              </button>
            )}
          </div>
        )}
      </form>
      {deleting && segment && (
        <DeleteSegmentDialog segment={segment} onClose={() => setDeleting(false)} onDeleted={onDeleted} />
      )}
    </section>
  );
}
