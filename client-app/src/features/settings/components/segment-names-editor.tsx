import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import { GRID_SEGMENTS } from '../segment-grid';
import type { Segment } from '../types';

// Prospect is in no grid cell, yet customers without orders show under its name.
const NAMED_SEGMENTS: readonly Segment[] = ['Prospect', ...GRID_SEGMENTS];

/** The server's limit on a display name. */
const MAX_NAME_LENGTH = 60;

interface SegmentNamesEditorProps {
  names: Record<string, string>;
  onChange?: (names: Record<string, string>) => void;
  errors: Record<string, string[]>;
}

export function SegmentNamesEditor({ names, onChange, errors }: SegmentNamesEditorProps) {
  const { t } = useTranslation();
  return (
    <div className="segment-names">
      {NAMED_SEGMENTS.map((segment) => (
        <TextField
          key={segment}
          label={t(`segments.${segment}`)}
          value={names[segment] ?? ''}
          placeholder={t(`segments.${segment}`)}
          maxLength={MAX_NAME_LENGTH}
          readOnly={!onChange}
          onChange={(event) => onChange?.({ ...names, [segment]: event.target.value })}
          errors={errors[segment]}
          data-testid={`segment-name-${segment}`}
        />
      ))}
    </div>
  );
}
