/** The "About you" and "Defaults" sections of the options page. */
import type { Ref } from 'preact';
import type { Language } from '../../core/settings/preferences';
import { REASONS, TONES, type ReasonId, type Tone } from '../../core/letter/reasons';
import { reasonLabel, t, toneLabel, type MessageKey } from '../i18n';
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

// Each language is named in its own language, so it can be found whatever the UI language is.
const LANGUAGE_NAMES: readonly { value: Exclude<Language, 'auto'>; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
];

export function PreferencesForm({ draft, errors, onChange, onCommit, nameRef }: PreferencesFormProps) {
  const toneOptions = TONES.map((value) => ({ value, label: toneLabel(value), description: t(TONE_DESCRIPTIONS[value]) }));
  const languageOptions: { value: Language; label: string }[] = [{ value: 'auto', label: t('options_languageAuto') }, ...LANGUAGE_NAMES];
  const reasonOptions = REASONS.map((r) => ({ value: r.id, label: reasonLabel(r.id, r.label) }));
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
        <TextField
          id="keep-in-touch"
          label={t('options_keepInTouch')}
          hint={t('options_keepInTouchHint')}
          value={draft.keepInTouch}
          placeholder={t('options_keepInTouchPlaceholder')}
          error={errors.keepInTouch}
          onInput={(keepInTouch) => onChange({ keepInTouch })}
          onBlur={onCommit}
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
          <TextField
            id="custom-reason"
            label={t('options_customReason')}
            hint={t('options_customReasonHint')}
            multiline
            rows={2}
            value={draft.customReason}
            error={errors.customReason}
            onInput={(customReason) => onChange({ customReason })}
            onBlur={onCommit}
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
