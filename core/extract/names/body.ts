// The ways a message's body names its author or the reader's recruiter ("I'm Priya, a sourcer…", "your recruiter,
// Daniela Ruiz", "Jane Doe sent you a document"), and its signature.

import type { Line } from '../tokens';
import { isKnownGivenName } from './given-names';
import { type PersonName, parsePersonName } from './person';
import { type Signature, findSignature } from './signature';

const NAME_RUN = /\p{Lu}[\p{L}\p{M}'ʼ-]*(?:[ ](?:\p{Lu}[\p{L}\p{M}'ʼ-]*|\p{Lu}\.|van|von|de|del|della|der|den|di|da|dos|du|la|le|y|bin|al)){0,4}/uy;

/** The longest prefix of a run of capitalised words that still reads as a person's name. */
function nameAt(line: string, index: number, exclude: ReadonlySet<string>): PersonName | null {
  NAME_RUN.lastIndex = index;
  const m = NAME_RUN.exec(line);
  if (!m) return null;
  const words = m[0].split(' ');
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    const person = parsePersonName(candidate);
    if (person && !exclude.has(person.first.toLowerCase())) return person;
  }
  return null;
}

const RECRUITING_HINT = /recruit|contact|coordinator|partner|advisor|sourcer|talent|hiring manager|hr |recrut|reclut|selezion|personalreferent/;
const INTRO = /\b(?:i'm|i am|my name is|this is|je m'appelle|je suis|mi nombre es|me llamo|soy|ich bin|mein name ist|ich heiße|mi chiamo|sono|meu nome é|o meu nome é|eu sou|ik ben|mijn naam is)\s+/giu;
/** A name's end with nothing after it that ties it to an organisation: punctuation or the line's end. */
const BARE_END = /^(?:\s*[,.!;(]|\s*$)/u;
/** What follows a comma after a name that describes its bearer ("I'm Chidinma, a recruiter at…", "…, from Lumen"). */
const SELF_DESCRIBED = /^\s*[,(]\s*(?:a|an|the|your|our|one|from|with|at|here|head|lead|senior|recruit\w*|talent|hr)\b/iu;
const INTRO_END = /^(?:\s*[,.!;(]|\s+(?:from|at|with|and|here|of|on|for|bei|von|de|du|di|del)\b|\s+[–—-]\s|\s*$)/iu;
const RECRUITER_MENTION =
  /\b(?:your|ihr|ihre|votre|ton|tu|su|il tuo|la tua|je|uw|o seu|a sua)\s+(?:(?:main|primary|dedicated)\s+)?(?:recruiter|recruiting contact|recruiting coordinator|talent partner|talent advisor|point of contact|contact person|ansprechpartner(?:in)?|contatto|contactpersoon|contacto|recruteur|recruteuse|chargée? de recrutement|reclutador(?:a)?|selezionatore|selezionatrice)\s*(?:is\s+|ist\s+|est\s+|es\s+|è\s+|will be\s+)?[,:]?\s*/giu;
const NAME_THEN_TITLE = /(?<![\p{L}\p{M}'ʼ-])(\p{Lu}[\p{L}\p{M}'ʼ-]*(?: \p{Lu}[\p{L}\p{M}'ʼ-]*){0,3}) ?(?:,|\(|–|—|-|\|) ?([\p{L}&][\p{L}& ]{0,50})/gu;
const RECRUITING_TITLE =
  /^(?:[\p{L}&]+ ){0,3}?(?:recruiter|recruiting|sourcer|talent acquisition|talent partner|recruitment|hiring manager|hr (?:manager|business partner|generalist)|reclutador|recruteur|recruteuse|personalreferent)/iu;

const SENDER_ACTION =
  /^(\p{Lu}[\p{L}\p{M}'ʼ-]*(?: \p{Lu}[\p{L}\p{M}'ʼ.-]*){1,3})(?: (?:from|at|of|di|de|da|von|bei|chez) [^,;:]{2,60}?)? (?:has |have )?(?:sent you|invited you|shared (?:a|an|the) |requested your (?:signature|availability)|would like you to (?:sign|review|schedule)|wants to (?:schedule|meet)|ti invita|vi invita|la invita|le invita|te invita|vous invite|t'invite|lädt (?:sie|dich)|nodigt (?:je|u) uit|convida (?:você|voce|te))/u;

export interface BodyNames {
  /** A person the message explicitly presents as its author or as the reader's recruiter. */
  stated: PersonName | null;
  signature: Signature | null;
}

/** Find the hiring-side person a body names, outside of the From header. */
export function findBodyNames(lines: readonly Line[], exclude: ReadonlySet<string>): BodyNames {
  let stated: PersonName | null = null;
  let intro: PersonName | null = null;
  let actor: PersonName | null = null;
  const signature = findSignature(lines.map((l) => l.text), exclude);
  for (const { text: line, lower } of lines) {
    if (line === '') continue;
    // Notification services name the person acting: "Jane Doe sent you a document to review and sign".
    if (actor === null && line.length <= 200) {
      const act = SENDER_ACTION.exec(line);
      const person = act ? parsePersonName(act[1] ?? '') : null;
      if (person && person.full !== null && !exclude.has(person.first.toLowerCase())) actor = person;
    }
    const hint = RECRUITING_HINT.test(lower);
    if (stated === null && hint) {
      for (const m of lower.matchAll(RECRUITER_MENTION)) {
        const person = nameAt(line, m.index + m[0].length, exclude);
        if (person) {
          stated = person;
          break;
        }
      }
    }
    if (stated === null && hint) {
      for (const m of line.matchAll(NAME_THEN_TITLE)) {
        if (!RECRUITING_TITLE.test(m[2] ?? '')) continue;
        const person = parsePersonName(m[1] ?? '');
        if (person && !exclude.has(person.first.toLowerCase())) {
          stated = person;
          break;
        }
      }
    }
    if (intro === null) {
      for (const m of lower.matchAll(INTRO)) {
        const start = m.index + m[0].length;
        const person = nameAt(line, start, exclude);
        if (!person) continue;
        const end = start + (person.full ?? person.first).length;
        const shown = line.slice(start, end);
        // Only "I'm Priya, …" / "This is Jane from …", never "I'm Happy to …" or "this is Acme's". A bare "this is" or
        // "I'm" before a name no list knows, with nothing after it that says who its bearer is (SELF_DESCRIBED) and no
        // signature that signs it, is as often a phrase ("this is Bad Taste, I know").
        const after = line.slice(end, end + 16);
        const bare = /^(?:this is|i'm|i am)\s+$/u.test(m[0]) && BARE_END.test(after) && !SELF_DESCRIBED.test(after) && !isKnownGivenName(person.first) && signature?.name?.first !== person.first;
        if (shown === (person.full ?? person.first) && INTRO_END.test(after) && !bare) {
          intro = person;
          break;
        }
      }
    }
  }
  return { stated: stated ?? intro ?? actor, signature };
}
