import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

/** Everything held about the customer, as the JSON file the server names. */
export const exportCustomer = (id: string): Promise<Blob> =>
  unwrap(api.GET('/api/v1/customers/{id}/export', { params: { path: { id } }, parseAs: 'blob' }));

/** The name the server gives the download. */
const exportFileName = (id: string) => `customer-${id}.json`;

/** Hands the browser a file to save. */
export function saveFile(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export const useExportCustomer = () =>
  useMutation({
    mutationFn: exportCustomer,
    onSuccess: (file, id) => saveFile(file, exportFileName(id)),
  });
