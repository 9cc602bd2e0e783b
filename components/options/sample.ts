/** The recruiter every template preview is written to: realistic, so the preview reads like a real letter. */
export const SAMPLE_RECRUITER = {
  firstName: 'Priya',
  fullName: 'Priya Raman',
  role: 'Senior Frontend Engineer',
  company: 'Northwind Labs',
  email: 'priya.raman@northwindlabs.com',
} as const;

/** Signs the preview until the user has set a name (the real letter then uses the mail account's name). */
export const SAMPLE_SENDER_NAME = 'Alex Morgan';
