export interface Format {
  dateTime: (value: string | Date) => string;
  number: (value: number | string) => string;
  /** Decimal units (1 kB = 1000 bytes), as the unit names say. */
  bytes: (value: number | string) => string;
  /** Up to two decimals, for model outputs such as expected purchases. */
  decimal: (value: number | string) => string;
  /** In the currency when it is known, else as a plain amount with two decimals. */
  money: (value: number | string, currency?: string | null) => string;
  /** A share from 0 to 1, as a whole percentage. */
  percent: (value: number | string) => string;
  date: (value: string | Date) => string;
  /** A calendar day sent as "yyyy-MM-dd", the same day wherever the browser is. */
  day: (isoDate: string) => string;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

function byteFormats(locale: string): Intl.NumberFormat[] {
  return BYTE_UNITS.map(
    (unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
  );
}

/** Formatters for one locale; the API sends 64-bit integers as numbers or strings, hence Number(). */
export function createFormat(locale: string): Format {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  const bytes = byteFormats(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    dateTime: (value) => dateTime.format(new Date(value)),
    number: (value) => number.format(Number(value)),
    bytes: (value) => {
      let scaled = Number(value);
      let unit = 0;
      while (scaled >= 1000 && unit < bytes.length - 1) {
        scaled /= 1000;
        unit += 1;
      }
      return bytes[unit]!.format(scaled);
    },
    decimal: (value) => decimal.format(Number(value)),
    money: (value, currency) =>
      currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(value)) : amount.format(Number(value)),
    percent: (value) => percent.format(Number(value)),
    date: (value) => date.format(new Date(value)),
    day: (isoDate) => day.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}
