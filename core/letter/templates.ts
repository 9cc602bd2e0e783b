/**
 * The built-in letters, one Mustache template per stage and language (the files under templates/), and the tags
 * every template here is read with.
 */
import type { LetterLanguage, Stage } from '../model';
import offerTemplate from '../../templates/offer.mustache?raw';
import interviewTemplate from '../../templates/interview.mustache?raw';
import outreachTemplate from '../../templates/outreach.mustache?raw';
import offerTemplateDe from '../../templates/de/offer.mustache?raw';
import interviewTemplateDe from '../../templates/de/interview.mustache?raw';
import outreachTemplateDe from '../../templates/de/outreach.mustache?raw';
import offerTemplateFr from '../../templates/fr/offer.mustache?raw';
import interviewTemplateFr from '../../templates/fr/interview.mustache?raw';
import outreachTemplateFr from '../../templates/fr/outreach.mustache?raw';
import offerTemplateEs from '../../templates/es/offer.mustache?raw';
import interviewTemplateEs from '../../templates/es/interview.mustache?raw';
import outreachTemplateEs from '../../templates/es/outreach.mustache?raw';

/** The built-in template for each stage and language. */
export const DEFAULT_TEMPLATES_BY_LANGUAGE: Record<LetterLanguage, Record<Stage, string>> = {
  en: { offer: offerTemplate, interview: interviewTemplate, outreach: outreachTemplate },
  de: { offer: offerTemplateDe, interview: interviewTemplateDe, outreach: outreachTemplateDe },
  fr: { offer: offerTemplateFr, interview: interviewTemplateFr, outreach: outreachTemplateFr },
  es: { offer: offerTemplateEs, interview: interviewTemplateEs, outreach: outreachTemplateEs },
};

/** The built-in (English) template for each stage. */
export const DEFAULT_TEMPLATES: Record<Stage, string> = DEFAULT_TEMPLATES_BY_LANGUAGE.en;

/** Mustache's own tags, passed on every call so that nothing can change them for us. */
export const MUSTACHE_TAGS: [string, string] = ['{{', '}}'];
