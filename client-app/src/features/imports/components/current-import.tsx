import { useImport } from '../api/get-import';
import { progressView } from '../progress';
import { ImportProgressPanel } from './import-progress';
import { MappingEditor } from './mapping-editor';

/** An uploaded, failed or stalled import asks for its mapping (to start again); a started one shows its progress. */
export function CurrentImport({ id }: { id: string }) {
  const { data } = useImport(id);
  if (!data) return null;
  return (
    <>
      {(data.state === 'uploaded' || data.state === 'failed' || progressView(data.progress).stalled) && (
        <MappingEditor key={`${data.id}-${data.state}`} detail={data} />
      )}
      {data.state !== 'uploaded' && <ImportProgressPanel detail={data} />}
    </>
  );
}
