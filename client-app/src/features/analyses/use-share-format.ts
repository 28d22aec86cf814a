import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Shares as percentages with one decimal: small shares (a 0.4% support) matter in these analyses. */
export function useShareFormat(): (share: number | string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    return (share) => percent.format(Number(share));
  }, [i18n.language]);
}
