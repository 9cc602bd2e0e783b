/** The "About you" and "Defaults" sections of the options page. */
import type { Ref } from 'preact';
import { missingIn, type Language } from '../../core/settings/preferences';
import { LETTER_LANGUAGES } from '../../core/extract/language';
import { REASONS, TONES, type ReasonId, type Tone } from '../../core/letter/reasons';
import { reasonLabel, t, toneLabel, type MessageKey } from '../i18n';
import { LANGUAGE_NAMES } from '../language-names';
import type { Draft, SettingField } from './draft';
import { RadioCards, SelectField, TextField, Toggle } from './fields';

export interface PreferencesFormProps {
  draft: Draft;
  /** The message to show next to each field that cannot be saved as typed. */
  errors: Partial<Record<SettingField, string>>;
  onChange(patch: Partial<Draft>): void;
  /** A field lost focus: a good moment to save and to show its problems. */
  onCommit(): void;
  nameRef?: Ref<HTMLInputElement>;
}

const TONE_DESCRIPTIONS: Record<Tone, MessageKey> = {
  warm: 'options_toneWarmDescription',
  formal: 'options_toneFormalDescription',
  brief: 'options_toneBriefDescription',
};


export function PreferencesForm({ draft, errors, onChange, onCommit, nameRef }: PreferencesFormProps) {
  const toneOptions = TONES.map((value) => ({ value, label: toneLabel(value), description: t(TONE_DESCRIPTIONS[value]) }));
  const languageOptions: { value: Language; label: string }[] = [
    { value: 'auto', label: t('options_languageAuto') },
    ...LETTER_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
  ];
  const reasonOptions = REASONS.map((r) => ({ value: r.id, label: reasonLabel(r.id) }));
  return (
    <>
      <section class="card" id="about-you" aria-labelledby="about-you-title">
        <header class="card-header">
          <h2 id="about-you-title">{t('options_aboutYou')}</h2>
          <p>{t('options_aboutYouIntro')}</p>
        </header>
        <TextField
          id="name"
          label={t('options_name')}
          hint={t('options_nameHint')}
          value={draft.name}
          autoComplete="name"
          placeholder={t('options_namePlaceholder')}
          error={errors.name}
          inputRef={nameRef}
          onInput={(name) => onChange({ name })}
          onBlur={onCommit}
        />
        <TextField
          id="signature"
          label={t('options_signature')}
          hint={t('options_signatureHint')}
          multiline
          rows={3}
          value={draft.signature}
          error={errors.signature}
          onInput={(signature) => onChange({ signature })}
          onBlur={onCommit}
        />
        <PerLanguageFields
          id="keep-in-touch"
          field="keepInTouch"
          legend={t('options_keepInTouch')}
          hint={t('options_keepInTouchHint')}
          placeholder={t('options_keepInTouchPlaceholder')}
          draft={draft}
          errors={errors}
          onChange={onChange}
          onCommit={onCommit}
        />
      </section>

      <section class="card" id="defaults" aria-labelledby="defaults-title">
        <header class="card-header">
          <h2 id="defaults-title">{t('options_defaults')}</h2>
          <p>{t('options_defaultsIntro', t('button_decline'))}</p>
        </header>
        <SelectField<ReasonId>
          id="default-reason"
          label={t('options_defaultReason')}
          value={draft.defaultReason}
          options={reasonOptions}
          error={errors.defaultReason}
          onChange={(defaultReason) => {
            onChange({ defaultReason });
            onCommit();
          }}
        />
        {draft.defaultReason === 'custom' ? (
          <PerLanguageFields
            id="custom-reason"
            field="customReason"
            legend={t('options_customReason')}
            hint={t('options_customReasonHint')}
            multiline
            draft={draft}
            errors={errors}
            onChange={onChange}
            onCommit={onCommit}
          />
        ) : null}
        <RadioCards<Tone>
          name="default-tone"
          legend={t('options_defaultTone')}
          value={draft.defaultTone}
          options={toneOptions}
          onChange={(defaultTone) => {
            onChange({ defaultTone });
            onCommit();
          }}
        />
        <SelectField<Language>
          id="language"
          label={t('options_letterLanguage')}
          hint={t('options_letterLanguageHint')}
          value={draft.language}
          options={languageOptions}
          onChange={(language) => {
            onChange({ language });
            onCommit();
          }}
        />
        <div class="toggles">
          <Toggle
            id="keep-door-open"
            label={t('options_keepDoorOpen')}
            hint={t('options_keepDoorOpenHint')}
            checked={draft.keepDoorOpen}
            onChange={(keepDoorOpen) => {
              onChange({ keepDoorOpen });
              onCommit();
            }}
          />
          <Toggle
            id="show-on-all-replies"
            label={t('options_showOnAllReplies')}
            hint={t('options_showOnAllRepliesHint')}
            checked={draft.showOnAllReplies}
            onChange={(showOnAllReplies) => {
              onChange({ showOnAllReplies });
              onCommit();
            }}
          />
        </div>
      </section>
    </>
  );
}

/**
 * One text per letter language (the custom reason, the keep-in-touch line), so a letter never carries words in
 * another language. A language without its own text is named, and its field is there to write it.
 */
function PerLanguageFields(props: {
  id: string;
  field: 'customReason' | 'keepInTouch';
  legend: string;
  hint: string;
  placeholder?: string;
  multiline?: boolean;
  draft: Draft;
  errors: Partial<Record<SettingField, string>>;
  onChange(patch: Partial<Draft>): void;
  onCommit(): void;
}) {
  const texts = props.draft[props.field];
  const missing = LETTER_LANGUAGES.filter((l) => missingIn(texts, l));
  return (
    <fieldset class="field-group" id={props.id} aria-describedby={`${props.id}-hint`}>
      <legend>{props.legend}</legend>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint} {t('options_perLanguageHint')}
      </p>
      {props.errors[props.field] ? <p class="field-error">{props.errors[props.field]}</p> : null}
      {missing.length > 0 ? (
        <p class="hint" role="note">
          {t('options_perLanguageMissing', missing.map((l) => LANGUAGE_NAMES[l]).join(', '))}
        </p>
      ) : null}
      {LETTER_LANGUAGES.map((language) => (
        <TextField
          key={language}
          id={`${props.id}-${language}`}
          label={LANGUAGE_NAMES[language]}
          multiline={props.multiline}
          rows={props.multiline ? 2 : undefined}
          placeholder={props.placeholder}
          value={texts[language]}
          error={props.errors[`${props.field}.${language}`]}
          onInput={(text) => props.onChange({ [props.field]: { ...texts, [language]: text } })}
          onBlur={props.onCommit}
        />
      ))}
    </fieldset>
  );
}
