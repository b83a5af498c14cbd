/**
 * Ids of the built-in skills that are generic (transversal personal qualities such as communication,
 * teamwork, flexibility, punctuality): nearly every ad and CV names some, so they say little about fit
 * for a particular job. The taxonomy model has no marker for this; a scorer can down-weight concepts in
 * this set. Job-specific transversal skills (customer service, first aid, manual handling, occupational
 * safety, digital skills) are not in it.
 */
export const genericSkillIds: ReadonlySet<string> = new Set([
  'skill.soft-skills',
  'skill.teamwork',
  'skill.communication',
  'skill.written-communication',
  'skill.active-listening',
  'skill.problem-solving',
  'skill.critical-thinking',
  'skill.analytical-thinking',
  'skill.decision-making',
  'skill.time-management',
  'skill.organisation',
  'skill.multitasking',
  'skill.stress-management',
  'skill.flexibility',
  'skill.autonomy',
  'skill.proactivity',
  'skill.reliability',
  'skill.attention-to-detail',
  'skill.empathy',
  'skill.intercultural',
  'skill.creativity',
  'skill.learning-to-learn',
  'skill.conflict-management',
])
