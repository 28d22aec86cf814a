export interface Format {
  dateTime: (value: string | Date) => string;
  number: (value: number | string) => string;
  /** Decimal units (1 kB = 1000 bytes), as the unit names say. */
  bytes: (value: number | string) => string;
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
  };
}
