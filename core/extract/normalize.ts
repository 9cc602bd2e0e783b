// Folding names to comparable keys: "Krüger-Lehmann" ~ "krueger-lehmann" ~ "kruger lehmann".

const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

/** Lower-case Russian and Ukrainian letters in the Latin spelling most domains use. */
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * Lower-case ASCII letters and digits only. With `german`, umlauts become "ae"/"oe"/"ue" (as in e-mail addresses
 * like "s.krueger@…") instead of losing their dots.
 */
export function foldKey(text: string, german = false): string {
  let s = text.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(s)) return s.replace(/[^a-z0-9]/g, '');
  if (german) s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  s = s.replace(/[ßøæœłđıþð]/g, (ch) => SPECIAL[ch] ?? ch);
  // Russian and Ukrainian letters in the Latin spelling domains and mailboxes mostly use ("ТашСтройИнвест" at
  // tashstroyinvest.uz). One spelling per letter: a domain that writes another ("h" for Ukrainian "г") does not match.
  if (/[\u0400-\u04ff]/.test(s)) s = s.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC_LATIN[ch] ?? ch);
  return s.normalize('NFD').replace(/[^a-z0-9]/g, '');
}
