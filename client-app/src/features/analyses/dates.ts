/** A UTC calendar day as yyyy-MM-dd, `daysAgo` days before `now`. */
export const isoDay = (now: Date, daysAgo = 0): string =>
  new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** A UTC month as yyyy-MM, `monthsAgo` months before `now`. */
export const isoMonth = (now: Date, monthsAgo = 0): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 7);
