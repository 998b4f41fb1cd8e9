import { fromZonedTime } from 'date-fns-tz';
import { timeZone } from '../i18n/locales';

/**
 * A frontmatter date as a UTC instant (ISO 8601 with milliseconds): values without an offset are
 * Brussels wall-clock time, as the content contract says (`2025-10-07T16:40:28` → 14:40:28Z).
 */
export function toUtcIso(value: string): string {
  const v = value.trim();
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(v)) return new Date(v).toISOString();
  const local = v.length === 10 ? `${v}T00:00:00` : v.replace(' ', 'T');
  return fromZonedTime(local, timeZone).toISOString();
}
