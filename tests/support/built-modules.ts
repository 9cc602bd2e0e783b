/** Following imports through the built extension (shared by the bench's size figures and the build tests). */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * A built ES module and every module it imports, transitively, as paths relative to the build folder `dir`
 * (only relative imports: a build imports nothing else). Throws if a module, or one it imports, is not there.
 */
export function builtModuleGraph(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(posix.join(posix.dirname(file), m[1]!));
    }
  };
  visit(entry);
  return [...seen];
}
