/**
 * Words core's problems (`{ code, params }`, core/model.ts) in the UI language: `problem_<code>` from _locales,
 * its placeholders filled from `params` in order. A param that is itself a problem (a setting's name, a nested
 * reason) is worded the same way; a list of them is joined with commas.
 */
import type { Problem, ProblemParam } from '../core/model';
import { t, type MessageKey } from './i18n';

function param(p: ProblemParam): string {
  if (typeof p === 'string' || typeof p === 'number') return String(p);
  if (Array.isArray(p)) return (p as readonly Problem[]).map(problemText).join(', ');
  return problemText(p as Problem);
}

/** The sentence for `problem` in the UI language; its code when no catalogue has it (never an empty line). */
export function problemText(problem: Problem): string {
  return t(`problem_${problem.code}` as MessageKey, ...(problem.params ?? []).map(param)) || problem.code;
}
