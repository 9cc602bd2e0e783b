/** Builds a Problem (core/model.ts): a code and what fills it, never a sentence. */
import type { Problem, ProblemCode, ProblemParam } from './model';

export function say(code: ProblemCode, ...params: ProblemParam[]): Problem {
  return params.length ? { code, params } : { code };
}
