/**
 * 20 KB message bodies for the extractor: a realistic recruiter email and adversarial shapes (long runs of one
 * character, one long line, repeated sign-offs, …). The property tests check it copes with each; `npm run bench`
 * times it on each (speed is measured there, never in a unit test).
 */
import type { MessageInput } from '../../core/extract';

const PARAGRAPH =
  'You would design and operate the services behind our logistics platform, work closely with product and data teams, ' +
  'review code, mentor engineers and help shape the architecture as we grow across Europe and North America.';

export function realisticBody(size: number): string {
  const head =
    "Hi Sam,\n\nI'm Jane, a technical recruiter at Northwind Robotics. We are hiring a Senior Backend Engineer (m/w/d) for our Berlin team " +
    'and your work on distributed systems caught my eye.\n\nWhat you would do:\n';
  const tail =
    '\n\nWould you be open to a 20-minute call next week?\n\nBest regards,\nJane Doe\nTechnical Recruiter | Northwind Robotics GmbH\n+49 30 555 0100\n\n' +
    'On Mon, Mar 4, 2024 at 9:00 AM Sam <sam@example.com> wrote:\n> Thanks, happy to hear more.\n';
  let middle = '';
  while (head.length + middle.length + tail.length < size) middle += `• ${PARAGRAPH}\n`;
  return (head + middle + tail).slice(0, size);
}

export const SIZE = 20 * 1024;
export const BODIES: Record<string, string> = {
  'realistic recruiter e-mail': realisticBody(SIZE),
  '"a a a …"': 'a '.repeat(SIZE / 2),
  '"A A A …"': 'A '.repeat(SIZE / 2),
  'newlines only': '\n'.repeat(SIZE),
  '"@@@@…"': '@'.repeat(SIZE),
  'one long line of titles': 'Senior Engineer at Acme, the position of Manager role. '.repeat(Math.ceil(SIZE / 55)).slice(0, SIZE),
  'name | title lines': 'Jane Doe | Recruiter\n'.repeat(Math.ceil(SIZE / 21)).slice(0, SIZE),
  'sign-off lines': 'Best,\n'.repeat(Math.ceil(SIZE / 6)).slice(0, SIZE),
  'unclosed links': '<https:'.repeat(Math.ceil(SIZE / 7)).slice(0, SIZE),
  'spaces and tabs': ' \t'.repeat(SIZE / 2),
  'long capitalised words': `Recruiter ${'X'.repeat(1_400)}\n`.repeat(Math.ceil(SIZE / 1_411)).slice(0, SIZE),
  'mixed scripts': 'Ünïcødé ʻokina 日本語 Ωμέγα '.repeat(Math.ceil(SIZE / 24)).slice(0, SIZE),
};


/** A message with one of the bodies above, as the extractor sees it. */
export function bodyMessage(body: string): MessageInput {
  return { fromName: 'Jane Doe', fromEmail: 'jane.doe@northwind-robotics.com', subject: 'Senior Backend Engineer – Berlin', body };
}
