/** The "About you" and "Defaults" sections of the options page. */
import type { Ref } from 'preact';
import type { Language } from '../../core/preferences';
import { REASONS, type ReasonId, type Tone } from '../../core/reasons';
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

const TONE_OPTIONS: readonly { value: Tone; label: string; description: string }[] = [
  { value: 'warm', label: 'Warm', description: 'Friendly and personal' },
  { value: 'formal', label: 'Formal', description: 'Polished and professional' },
  { value: 'brief', label: 'Brief', description: 'Short and to the point' },
];

const LANGUAGE_OPTIONS: readonly { value: Language; label: string }[] = [
  { value: 'auto', label: 'Same as the email (automatic)' },
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
];

const REASON_OPTIONS = REASONS.map((r) => ({ value: r.id, label: r.label }));

export function PreferencesForm({ draft, errors, onChange, onCommit, nameRef }: PreferencesFormProps) {
  return (
    <>
      <section class="card" id="about-you" aria-labelledby="about-you-title">
        <header class="card-header">
          <h2 id="about-you-title">About you</h2>
          <p>How your letters are signed.</p>
        </header>
        <TextField
          id="name"
          label="Your name"
          hint="Letters are signed with this name. Leave it empty to use the name on your mail account."
          value={draft.name}
          autoComplete="name"
          placeholder="e.g. Alex Morgan"
          error={errors.name}
          inputRef={nameRef}
          onInput={(name) => onChange({ name })}
          onBlur={onCommit}
        />
        <TextField
          id="signature"
          label="Signature"
          hint="Lines under your name, such as your title or phone number. Optional."
          multiline
          rows={3}
          value={draft.signature}
          error={errors.signature}
          onInput={(signature) => onChange({ signature })}
          onBlur={onCommit}
        />
        <TextField
          id="keep-in-touch"
          label="Keep-in-touch line"
          hint="Your LinkedIn profile or website (a full address), or a short sentence. Added when you keep the door open."
          value={draft.keepInTouch}
          placeholder="https://www.linkedin.com/in/your-name"
          error={errors.keepInTouch}
          onInput={(keepInTouch) => onChange({ keepInTouch })}
          onBlur={onCommit}
        />
      </section>

      <section class="card" id="defaults" aria-labelledby="defaults-title">
        <header class="card-header">
          <h2 id="defaults-title">Defaults</h2>
          <p>What one click on “Decline politely” writes. You can still pick another reason or tone each time.</p>
        </header>
        <SelectField<ReasonId>
          id="default-reason"
          label="Default reason"
          value={draft.defaultReason}
          options={REASON_OPTIONS}
          error={errors.defaultReason}
          onChange={(defaultReason) => {
            onChange({ defaultReason });
            onCommit();
          }}
        />
        {draft.defaultReason === 'custom' ? (
          <TextField
            id="custom-reason"
            label="Your own reason"
            hint="One or two sentences, written the way you would say it, e.g. “I've decided to go back to school this year.”"
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
          legend="Default tone"
          value={draft.defaultTone}
          options={TONE_OPTIONS}
          onChange={(defaultTone) => {
            onChange({ defaultTone });
            onCommit();
          }}
        />
        <SelectField<Language>
          id="language"
          label="Letter language"
          hint="“Automatic” writes in the language of the email you are replying to."
          value={draft.language}
          options={LANGUAGE_OPTIONS}
          onChange={(language) => {
            onChange({ language });
            onCommit();
          }}
        />
        <div class="toggles">
          <Toggle
            id="keep-door-open"
            label="Keep the door open"
            hint="End letters with a line saying you would be glad to hear from them in the future."
            checked={draft.keepDoorOpen}
            onChange={(keepDoorOpen) => {
              onChange({ keepDoorOpen });
              onCommit();
            }}
          />
          <Toggle
            id="show-on-all-replies"
            label="Show the button on all replies"
            hint="Normally the button appears only on threads that look like they come from a recruiter."
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
