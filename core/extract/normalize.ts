// Folding names to comparable keys: "Krüger-Lehmann" ~ "krueger-lehmann" ~ "kruger lehmann".

const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

/**
 * Lower-case ASCII letters and digits only. With `german`, umlauts become "ae"/"oe"/"ue" (as in e-mail addresses
 * like "s.krueger@…") instead of losing their dots.
 */
export function foldKey(text: string, german = false): string {
  let s = text.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(s)) return s.replace(/[^a-z0-9]/g, '');
  if (german) s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  s = s.replace(/[ßøæœłđıþð]/g, (ch) => SPECIAL[ch] ?? ch);
  return s.normalize('NFD').replace(/[^a-z0-9]/g, '');
}
