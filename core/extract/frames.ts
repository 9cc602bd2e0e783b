// Readers that take a job title only where the mail frames it (cjk-role.ts, script-role.ts): the frames are read in
// turn, and a frame gives one title or none. When one frame gives two different titles, none is read: a wrong title
// costs the user more than none.

/** What one frame read: its one title, null for two different ones, undefined for none. */
export type FrameReading = string | null | undefined;

/** The one title among a frame's readings: null when they differ, undefined when there are none. */
export function onlyTitle(titles: readonly string[]): FrameReading {
  const distinct = [...new Set(titles)];
  return distinct.length === 1 ? distinct[0] : distinct.length > 1 ? null : undefined;
}

/** The first frame that reads anything decides, two different titles included; null when no frame reads one. */
export function firstFramed(frames: readonly (() => FrameReading)[]): string | null {
  for (const frame of frames) {
    const title = frame();
    if (title !== undefined) return title;
  }
  return null;
}
