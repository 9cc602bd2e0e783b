import { extractRecruiter, type MessageInput, type Recruiter } from '../../core/extract';

/** extractRecruiter on a message given in part: the fields a test leaves out are empty. */
export function extract(partial: Partial<MessageInput>): Recruiter {
  return extractRecruiter({ fromName: '', fromEmail: '', subject: '', body: '', ...partial });
}

/** A message from a company's hiring team with the given subject and body: for reading its stage. */
export function fromHiringTeam(subject: string, body: string): Recruiter {
  return extract({ fromName: 'Northwind Hiring Team', fromEmail: 'jobs@northwind-example.com', subject, body });
}
