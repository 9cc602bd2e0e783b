/** A reading run the first time it is asked for and remembered (most messages never need it). */
export function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}
