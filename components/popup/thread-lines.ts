/**
 * What the popup says about the open thread in one line each, in the UI language: when the recruiter's message
 * arrived, a nudge when it has waited, and why Insert is unavailable.
 */
import { messageAge } from '../../core/letter/etiquette';
import type { ThreadInfo } from '../../core/protocol';
import { t, uiLanguage } from '../i18n';

/** Why Insert is unavailable, in one line; null when it is available (or the thread is still being read). */
export function insertBlocker(thread: ThreadInfo | null | undefined): string | null {
  if (thread === undefined) return null;
  if (thread === null) return t('popup_blockerNoMailTab');
  if (!thread.threadOpen) return thread.layoutUnrecognised ? t('popup_blockerLayout') : t('popup_blockerNoThread');
  if (!thread.hasDraft && !thread.canOpenReply) return t('popup_blockerNoReply');
  return null;
}

/**
 * "5 days ago", "3 weeks ago", in the UI language: the steps of core's spokenAge, worded by Intl so every
 * language gets its own plurals and word order.
 */
function agoText(days: number): string {
  const format = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'always' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 60) return format.format(-Math.floor(days / 7), 'week');
  if (days < 365) return format.format(-Math.floor(days / 30), 'month');
  return t('popup_overAYearAgo');
}

/** When the recruiter's message arrived ("Received yesterday"); null when that is not known. */
export function receivedText(receivedAt: number | null, now: number): string | null {
  const age = messageAge(receivedAt, now);
  if (!age) return null;
  if (age.days === 0) return t('popup_receivedToday');
  if (age.days === 1) return t('popup_receivedYesterday');
  return t('popup_receivedAgo', agoText(age.days));
}

/** core's promptnessNudge in the UI language: a gentle line when the recruiter has waited too long, else null. */
export function nudgeText(receivedAt: number | null, now: number): string | null {
  const age = messageAge(receivedAt, now);
  if (!age?.late) return null;
  return t(age.days < 14 ? 'popup_nudgeDays' : 'popup_nudgeWeeks', agoText(age.days));
}
