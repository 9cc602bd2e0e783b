/** True for a plain JSON object (not null, not a list): what stored settings, backup files and messages are read as. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
