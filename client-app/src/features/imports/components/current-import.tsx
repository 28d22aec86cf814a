import { useImport } from '../api/get-import';
import { ImportProgressPanel } from './import-progress';
import { MappingEditor } from './mapping-editor';

/** An uploaded (or failed) import asks for its mapping; a started one shows its progress. */
export function CurrentImport({ id }: { id: string }) {
  const { data } = useImport(id);
  if (!data) return null;
  return (
    <>
      {(data.state === 'uploaded' || data.state === 'failed') && <MappingEditor key={`${data.id}-${data.state}`} detail={data} />}
      {data.state !== 'uploaded' && <ImportProgressPanel detail={data} />}
    </>
  );
}
