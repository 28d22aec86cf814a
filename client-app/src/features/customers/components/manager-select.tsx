import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useAssignManager } from '../api/assign-manager';
import { useAssignableMembers } from '../api/get-members';

const NOBODY = '';

/** The owner assigns the customer to one of the tenant's members, or to nobody. */
export function ManagerSelect({ customerId, managerId }: { customerId: string; managerId: string | null }) {
  const { t } = useTranslation();
  const members = useAssignableMembers();
  const assign = useAssignManager();
  const current = assign.isPending ? (assign.variables.accountManagerId ?? NOBODY) : (managerId ?? NOBODY);
  // Someone removed from the tenant may still be on the customer until it is reassigned.
  const known = members.data?.some((member) => member.id === current) ?? false;

  return (
    <div className="manager-select">
      <label className="field">
        <span>{t('customers.manager.label')}</span>
        <select
          value={current}
          disabled={!members.data || assign.isPending}
          onChange={(event) => assign.mutate({ customerId, accountManagerId: event.target.value || null })}
          data-testid="manager-select"
        >
          <option value={NOBODY}>{t('customers.manager.nobody')}</option>
          {current !== NOBODY && !known && <option value={current}>{t('customers.manager.unknown')}</option>}
          {members.data?.map((member) => (
            <option key={member.id} value={member.id}>
              {member.email}
            </option>
          ))}
        </select>
      </label>
      {assign.isSuccess && (
        <span className="muted" role="status" data-testid="manager-saved">
          {t('customers.manager.saved')}
        </span>
      )}
      {assign.error && <ErrorAlert error={assign.error} />}
    </div>
  );
}
