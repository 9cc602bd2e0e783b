import { extractRecruiter, type MessageInput, type Recruiter } from '../../core/extract';

/** extractRecruiter on a message given in part: the fields a test leaves out are empty. */
export function extract(partial: Partial<MessageInput>): Recruiter {
  return extractRecruiter({ fromName: '', fromEmail: '', subject: '', body: '', ...partial });
}
