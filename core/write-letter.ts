/**
 * The one place a letter is written from the user's preferences: signed with the saved name (the mail page's account
 * name until one is saved), with the saved signature, keep-in-touch line and templates. The background (through
 * core/pipeline.ts) and the popup both call it. Kept apart from pipeline.ts so the popup can write letters without
 * loading the extractor first.
 */
import type { Letter, LetterChoice, Recruiter } from './model';
import { composeLetter } from './letter/render';
import { signingName, type Preferences } from './settings/preferences';

/** What a letter is addressed to: who the recruiter is, and the name the mail page shows for the user. */
export interface Addressee {
  recruiter: Omit<Recruiter, 'kind'>;
  pageName: string | null | undefined;
}

export function letterFor(prefs: Preferences, to: Addressee, choice: LetterChoice): Letter {
  return composeLetter({
    sender: { name: signingName(prefs, to.pageName), signature: prefs.signature, keepInTouch: prefs.keepInTouch },
    recruiter: to.recruiter,
    choice,
    templates: prefs.templates,
  });
}
