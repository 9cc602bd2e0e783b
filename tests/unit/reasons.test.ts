import {
  isReasonId,
  isStage,
  isTone,
  REASONS,
  reasonById,
  reasonForStage,
  reasonsFor,
  STAGES,
  TONES,
  type ReasonId,
} from '../../core/letter/reasons';

const REASON_IDS = REASONS.map((r) => r.id);

const REQUIRED: ReasonId[] = [
  'accepted-other-offer',
  'staying-current-role',
  'compensation',
  'career-goals',
  'location',
  'timing',
  'scheduling',
  'personal',
  'culture-fit',
  'not-looking',
  'custom',
];

describe('the reason catalogue', () => {
  test('covers every reason the product offers, once each', () => {
    expect([...REASON_IDS].sort()).toEqual([...REQUIRED].sort());
    expect(new Set(REASON_IDS).size).toBe(REASON_IDS.length);
    for (const reason of REASONS) {
      expect(reason.stages.length).toBeGreaterThan(0);
      expect(reasonById(reason.id)).toBe(reason);
    }
  });

  test('"not looking" is only for outreach, "can\'t make the dates" only for interviews; every other reason fits every stage', () => {
    expect(reasonsFor('outreach').map((r) => r.id)).toContain('not-looking');
    expect(reasonsFor('offer').map((r) => r.id)).not.toContain('not-looking');
    expect(reasonsFor('interview').map((r) => r.id)).not.toContain('not-looking');
    expect(reasonsFor('interview').map((r) => r.id)).toContain('scheduling');
    expect(reasonsFor('offer').map((r) => r.id)).not.toContain('scheduling');
    expect(reasonsFor('outreach').map((r) => r.id)).not.toContain('scheduling');
    for (const stage of STAGES) {
      const ids = reasonsFor(stage).map((r) => r.id);
      for (const id of REQUIRED.filter((r) => r !== 'not-looking' && r !== 'scheduling')) expect(ids).toContain(id);
    }
  });

  test('reasonsFor keeps catalogue order, with the write-your-own option last', () => {
    for (const stage of STAGES) {
      const ids = reasonsFor(stage).map((r) => r.id);
      expect(ids).toEqual(REASON_IDS.filter((id) => ids.includes(id)));
      expect(ids[ids.length - 1]).toBe('custom');
    }
  });

  test('reasonForStage keeps a reason that fits and substitutes one that does not', () => {
    expect(reasonForStage('not-looking', 'outreach')).toBe('not-looking');
    expect(reasonForStage('not-looking', 'offer')).toBe('staying-current-role');
    expect(reasonForStage('not-looking', 'interview')).toBe('staying-current-role');
    for (const stage of STAGES) {
      for (const reason of reasonsFor(stage)) expect(reasonForStage(reason.id, stage)).toBe(reason.id);
      for (const id of REASON_IDS) expect(reasonsFor(stage).map((r) => r.id)).toContain(reasonForStage(id, stage));
    }
  });

  test('type guards accept known values only', () => {
    for (const stage of STAGES) expect(isStage(stage)).toBe(true);
    for (const tone of TONES) expect(isTone(tone)).toBe(true);
    for (const id of REASON_IDS) expect(isReasonId(id)).toBe(true);
    for (const bad of ['', 'Offer', 'other', null, undefined, 3, {}]) {
      expect(isStage(bad)).toBe(false);
      expect(isTone(bad)).toBe(false);
      expect(isReasonId(bad)).toBe(false);
    }
  });
});
