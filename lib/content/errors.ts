/**
 * A content problem as the content check reports it (file, line, field, value, what was expected),
 * and how it is printed for editors.
 */

export type ContentError = {
  file: string;
  line?: number;
  field: string;
  value?: string;
  message: string;
  /** A warning is reported and publishes; anything else stops the build. */
  severity?: 'warning';
};

/** A value quoted for a message, shortened past 80 characters. */
export function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);
}

/** `content/en/news/my-story.md:4  category: "sports" is not a known category; expected …` */
export function formatError(e: ContentError, contentDir = 'content'): string {
  const where = `${contentDir.replace(/\/+$/, '')}/${e.file}${e.line ? `:${e.line}` : ''}`;
  return `${where}  ${e.severity === 'warning' ? 'warning: ' : ''}${e.field}: ${e.message}`;
}
