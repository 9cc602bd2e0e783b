/** What a message is, from the hiring side's point of view. */
export type RecruiterKind = 'offer' | 'interview' | 'outreach' | 'other';

/** Who wrote to the user and about what. `null` means "could not tell", never a guess. */
export interface Recruiter {
  firstName: string | null;
  fullName: string | null;
  role: string | null;
  company: string | null;
  kind: RecruiterKind;
}

/** A message as the extractor sees it: plain strings, no DOM. */
export interface MessageInput {
  fromName: string;
  fromEmail: string;
  subject: string;
  body: string;
  date?: string;
}
