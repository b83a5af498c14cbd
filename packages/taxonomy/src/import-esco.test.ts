import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { isIncontroError } from '@incontro/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importEsco } from './import-esco.js'

// Synthetic rows in the column layout of the ESCO portal CSV download; UUIDs and labels are made up.
const base = 'http://data.europa.eu/esco'
const skill = (n: number) => `${base}/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const occupation = (n: number) => `${base}/occupation/00000000-0000-4000-9000-${String(n).padStart(12, '0')}`
const skillId = (n: number) => `esco:skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const occupationId = (n: number) => `esco:occupation/00000000-0000-4000-9000-${String(n).padStart(12, '0')}`

/** RFC 4180 CSV with every field quoted, as the ESCO export writes multi-line fields. */
function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')
  return `${[line(header), ...rows.map(line)].join('\n')}\n`
}

const skillHeader = ['conceptType', 'conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'modifiedDate', 'scopeNote', 'definition', 'inScheme', 'description']
const skillRow = (n: number, type: string, preferred: string, alt = '', hidden = '') =>
  ['KnowledgeSkillCompetence', skill(n), type, 'sector-specific', preferred, alt, hidden, 'released', '2023-01-01T00:00:00Z', '', '', `${base}/concept-scheme/member-skills`, 'A made-up description,\nwith a comma and a line break.']
const occupationHeader = ['conceptType', 'conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'modifiedDate', 'regulatedProfessionNote', 'scopeNote', 'definition', 'inScheme', 'description', 'code']
const occupationRow = (n: number, isco: string, preferred: string, alt = '') =>
  ['Occupation', occupation(n), isco, preferred, alt, '', 'released', '', '', '', '', `${base}/concept-scheme/occupations`, '', `${isco}.${n}`]

let root: string
let count = 0
async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(root, `esco-${count++}`)
  await mkdir(dir)
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return dir
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'incontro-esco-test-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('importEsco', () => {
  it('imports skills and knowledge with preferred, alt and hidden labels under esco: ids', async () => {
    const dir = await folder({
      'skills_en.csv': csv(skillHeader, [
        skillRow(1, 'skill/competence', 'operate a widget press', 'run widget presses\nwidget press operation', 'operate a widjet press'),
        skillRow(2, 'knowledge', 'widget metallurgy'),
        skillRow(3, '', 'sort widgets'),
      ]),
    })
    const { taxonomy, definitions, stats, diagnostics } = await importEsco([dir])
    expect(taxonomy.require(skillId(1))).toMatchObject({
      kind: 'skill',
      escoUri: skill(1),
      labels: [
        { text: 'operate a widget press', lang: 'en', role: 'preferred' },
        { text: 'run widget presses', lang: 'en', role: 'alt' },
        { text: 'widget press operation', lang: 'en', role: 'alt' },
        { text: 'operate a widjet press', lang: 'en', role: 'misspelling' },
      ],
    })
    expect(taxonomy.require(skillId(2)).kind).toBe('knowledge')
    expect(taxonomy.require(skillId(3)).kind).toBe('skill')
    expect(definitions.map((d) => d.id)).toEqual([skillId(1), skillId(2), skillId(3)])
    expect(stats).toMatchObject({ skills: 2, knowledge: 1, occupations: 0, labels: 6, relations: 0, files: [join(dir, 'skills_en.csv')] })
    expect(diagnostics).toEqual([])
  })

  it('splits Italian masculine/feminine occupation titles and adds the neutral split form', async () => {
    const dir = await folder({
      'occupations_it.csv': csv(occupationHeader, [
        occupationRow(1, '7212', 'saldatore tecnico di cantiere/saldatrice tecnica di cantiere', 'saldatrice tecnica di cantiere\nsaldatore di cantiere\nsaldatrice di cantiere\nsupporto alla saldatura tecnica\naddetto carpenteria/addetta carpenteria'),
        occupationRow(2, '9329', 'esperto/esperta nella cernita dei bulloni'),
        occupationRow(3, '9333', 'addetto carico/scarico'),
        occupationRow(4, '2149', 'ingegnere dei widget'),
        occupationRow(5, '5414', 'guardiano / custode'),
      ]),
    })
    const { taxonomy } = await importEsco([dir], { languages: ['it'] })
    const roles = (n: number) => taxonomy.require(occupationId(n)).labels.map((l) => `${l.role}:${l.text}`)
    expect(roles(1)).toEqual([
      'masculine:saldatore tecnico di cantiere',
      'feminine:saldatrice tecnica di cantiere',
      'neutral:saldatore/trice tecnico/a di cantiere',
      'masculine:saldatore di cantiere',
      'feminine:saldatrice di cantiere',
      'alt:supporto alla saldatura tecnica',
      'masculine:addetto carpenteria',
      'feminine:addetta carpenteria',
      'neutral:addetto/a carpenteria',
    ])
    expect(roles(2)).toEqual([
      'masculine:esperto nella cernita dei bulloni',
      'feminine:esperta nella cernita dei bulloni',
      'neutral:esperto/a nella cernita dei bulloni',
    ])
    // Not a gender pair: kept whole.
    expect(roles(3)).toEqual(['preferred:addetto carico/scarico'])
    expect(roles(4)).toEqual(['preferred:ingegnere dei widget'])
    expect(roles(5)).toEqual(['masculine:guardiano', 'feminine:custode', 'neutral:guardiano/custode'])
    expect(taxonomy.neutralTitle(occupationId(1), 'it')).toBe('saldatore/trice tecnico/a di cantiere')
    expect(taxonomy.label(occupationId(1), 'it')).toBe('saldatore/trice tecnico/a di cantiere')
  })

  it('merges languages and folders by concept URI, the first folder winning for a language', async () => {
    const newer = await folder({
      'occupations_en.csv': csv(occupationHeader, [occupationRow(1, '7212', 'widget welder')]),
      'skills_en.csv': csv(skillHeader, [skillRow(1, 'skill/competence', 'weld widgets')]),
    })
    const older = await folder({
      'occupations_en.csv': csv(occupationHeader, [occupationRow(1, '7213', 'old widget welder'), occupationRow(2, '7214', 'widget riveter')]),
      'occupations_it.csv': csv(occupationHeader, [occupationRow(1, '7213', 'saldatore di widget/saldatrice di widget')]),
    })
    const { taxonomy } = await importEsco([newer, older])
    const welder = taxonomy.require(occupationId(1))
    expect(welder.isco).toBe('7212')
    expect(welder.labels.map((l) => `${l.lang}:${l.role}:${l.text}`)).toEqual([
      'en:preferred:widget welder',
      'it:masculine:saldatore di widget',
      'it:feminine:saldatrice di widget',
      'it:neutral:saldatore/trice di widget',
    ])
    expect(taxonomy.label(occupationId(1), 'en')).toBe('widget welder')
    expect(taxonomy.require(occupationId(2)).isco).toBe('7214')
    const enOnly = await importEsco([newer, older], { languages: ['en'] })
    expect(enOnly.taxonomy.require(occupationId(1)).labels.every((l) => l.lang === 'en')).toBe(true)
  })

  it('reads occupation–skill, broader and skill–skill relations and reports unknown URIs', async () => {
    const dir = await folder({
      'skills_en.csv': csv(skillHeader, [1, 2, 3, 4].map((n) => skillRow(n, n === 4 ? 'knowledge' : 'skill/competence', `widget skill ${n}`))),
      'occupations_en.csv': csv(occupationHeader, [occupationRow(1, '7212', 'widget welder'), occupationRow(2, '7212', 'senior widget welder')]),
      'occupationSkillRelations.csv': csv(
        ['occupationUri', 'relationType', 'skillType', 'skillUri'],
        [
          [occupation(1), 'essential', 'skill/competence', skill(1)],
          [occupation(1), 'essential', 'knowledge', skill(4)],
          [occupation(1), 'optional', 'skill/competence', skill(2)],
          [occupation(1), 'optional', 'skill/competence', skill(99)],
          [occupation(1), 'sometimes', 'skill/competence', skill(3)],
        ],
      ),
      'broaderRelationsSkillPillar.csv': csv(
        ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'],
        [
          ['KnowledgeSkillCompetence', skill(2), 'KnowledgeSkillCompetence', skill(1)],
          ['KnowledgeSkillCompetence', skill(1), 'SkillGroup', `${base}/skill/group-of-widgets`],
        ],
      ),
      'broaderRelationsOccPillar.csv': csv(
        ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'],
        [
          ['Occupation', occupation(2), 'Occupation', occupation(1)],
          ['Occupation', occupation(1), 'ISCOGroup', `${base}/isco/C7212`],
        ],
      ),
      'skillSkillRelations.csv': csv(
        ['originalSkillUri', 'originalSkillType', 'relationType', 'relatedSkillType', 'relatedSkillUri'],
        [[skill(3), 'skill/competence', 'optional', 'skill/competence', skill(1)]],
      ),
    })
    const { taxonomy, stats, diagnostics } = await importEsco([dir])
    expect(taxonomy.require(occupationId(1))).toMatchObject({ essential: [skillId(1), skillId(4)], optional: [skillId(2)] })
    expect(taxonomy.require(skillId(2)).broader).toEqual([skillId(1)])
    expect(taxonomy.require(skillId(1)).narrower).toEqual([skillId(2)])
    expect(taxonomy.require(skillId(1)).broader).toBeUndefined()
    expect(taxonomy.require(occupationId(2)).broader).toEqual([occupationId(1)])
    expect(taxonomy.require(skillId(3)).related).toEqual([skillId(1)])
    expect(taxonomy.similarity(skillId(1), skillId(3)).relation).toBe('related')
    expect(stats.relations).toBe(6)
    const codes = diagnostics.map((d) => d.code).sort()
    expect(codes).toEqual(['ESCO_GROUP_EDGE_SKIPPED', 'ESCO_GROUP_EDGE_SKIPPED', 'ESCO_UNKNOWN_RELATION_TYPE', 'ESCO_UNKNOWN_URI'])
    const unknown = diagnostics.find((d) => d.code === 'ESCO_UNKNOWN_URI')
    expect(unknown).toMatchObject({ severity: 'warning', path: [join(dir, 'occupationSkillRelations.csv')] })
    expect(unknown?.message).toContain(skill(99))
  })

  it('drops a broader edge that closes a cycle, with a diagnostic, and still builds', async () => {
    const dir = await folder({
      'skills_en.csv': csv(skillHeader, [1, 2, 3].map((n) => skillRow(n, 'skill/competence', `widget skill ${n}`))),
      'broaderRelationsSkillPillar.csv': csv(
        ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'],
        [
          ['KnowledgeSkillCompetence', skill(1), 'KnowledgeSkillCompetence', skill(2)],
          ['KnowledgeSkillCompetence', skill(2), 'KnowledgeSkillCompetence', skill(3)],
          ['KnowledgeSkillCompetence', skill(3), 'KnowledgeSkillCompetence', skill(1)],
        ],
      ),
    })
    const { taxonomy, diagnostics } = await importEsco([dir])
    expect(diagnostics.map((d) => d.code)).toEqual(['ESCO_BROADER_CYCLE'])
    expect(taxonomy.all().reduce((n, c) => n + (c.broader?.length ?? 0), 0)).toBe(2)
    expect(taxonomy.ancestors(skillId(1))).toEqual([skillId(2), skillId(3)])
  })

  it('reads gzipped files with a BOM, quoted newlines, extra columns and another column order', async () => {
    const header = ['futureColumn', 'preferredLabel', 'conceptUri', 'altLabels', 'skillType', 'anotherNewColumn']
    const text = `\uFEFF${csv(header, [
      ['x', 'assemble widgets', skill(1), 'put widgets together\n"widget" assembly\nassemble, fit and fix widgets', 'skill/competence', 'multi\nline'],
      ['y', 'widget theory', skill(2), '', 'knowledge', ''],
    ])}`
    const dir = await folder({ 'skills_en.csv.gz': gzipSync(Buffer.from(text, 'utf8')) })
    const { taxonomy, stats } = await importEsco([dir])
    expect(stats.files).toEqual([join(dir, 'skills_en.csv.gz')])
    expect(taxonomy.require(skillId(1)).labels.map((l) => l.text)).toEqual([
      'assemble widgets',
      'put widgets together',
      '"widget" assembly',
      'assemble, fit and fix widgets',
    ])
    expect(taxonomy.require(skillId(2)).kind).toBe('knowledge')
  })

  it('reports progress per file', async () => {
    const dir = await folder({ 'skills_en.csv': csv(skillHeader, [skillRow(1, 'skill/competence', 'weld widgets'), skillRow(2, 'skill/competence', 'paint widgets')]) })
    const events: { file: string; rows: number }[] = []
    await importEsco([dir], { onProgress: (event) => events.push(event) })
    expect(events).toEqual([{ file: join(dir, 'skills_en.csv'), rows: 2 }])
  })

  it('is deterministic: the same files give the same definitions and version', async () => {
    const dir = await folder({ 'skills_en.csv': csv(skillHeader, [skillRow(2, 'skill/competence', 'b'), skillRow(1, 'knowledge', 'a')]) })
    const a = await importEsco([dir])
    const b = await importEsco([dir])
    expect(a.definitions).toEqual(b.definitions)
    expect(a.taxonomy.version).toMatch(/^esco-[0-9a-f]{12}$/)
    expect(a.taxonomy.version).toBe(b.taxonomy.version)
    expect((await importEsco([dir], { version: 'esco-test' })).taxonomy.version).toBe('esco-test')
  })

  it('names the expected files when no skills or occupations file is present', async () => {
    const dir = await folder({ 'skills_de.csv': csv(skillHeader, []), 'occupationSkillRelations.csv': csv(['occupationUri'], []) })
    const error = await importEsco([dir]).catch((e: unknown) => e)
    expect(isIncontroError(error, 'TAXONOMY_MISSING_FILE')).toBe(true)
    expect((error as Error).message).toContain('skills_it.csv')
    expect((error as Error).message).toContain('occupations_en.csv')
    const missingDir = await importEsco([join(root, 'no-such-folder')]).catch((e: unknown) => e)
    expect(isIncontroError(missingDir, 'TAXONOMY_MISSING_FILE')).toBe(true)
  })

  it('refuses a call without an array of folders', async () => {
    const error = await importEsco({ dir: root } as unknown as string[]).catch((e: unknown) => e)
    expect(isIncontroError(error, 'CORE_INVALID_INPUT')).toBe(true)
  })

  it('names the file and the column when a required column is missing', async () => {
    const dir = await folder({
      'skills_en.csv': csv(skillHeader, [skillRow(1, 'skill/competence', 'weld widgets')]),
      'occupationSkillRelations.csv': csv(['occupationUri', 'relationType', 'skillType'], [[occupation(1), 'essential', 'skill']]),
    })
    const error = await importEsco([dir]).catch((e: unknown) => e)
    expect(isIncontroError(error, 'TAXONOMY_INVALID')).toBe(true)
    expect((error as Error).message).toContain('occupationSkillRelations.csv')
    expect((error as Error).message).toContain('"skillUri"')
  })

  it('refuses a file that is not gzip despite its .gz name', async () => {
    const dir = await folder({ 'skills_en.csv.gz': csv(skillHeader, [skillRow(1, 'skill/competence', 'weld widgets')]) })
    const error = await importEsco([dir]).catch((e: unknown) => e)
    expect(isIncontroError(error, 'TAXONOMY_INVALID')).toBe(true)
    expect((error as Error).message).toContain('skills_en.csv.gz')
  })

  it('skips rows without a usable URI and concepts that are not released, with diagnostics', async () => {
    const row = skillRow(3, 'skill/competence', 'retired widget skill')
    row[7] = 'obsolete'
    const dir = await folder({
      'skills_en.csv': csv(skillHeader, [skillRow(1, 'skill/competence', 'weld widgets'), ['KnowledgeSkillCompetence', '', 'skill/competence', '', 'no uri'], ['KnowledgeSkillCompetence', 'not a uri', 'skill/competence', '', 'bad uri'], row]),
    })
    const { taxonomy, diagnostics } = await importEsco([dir])
    expect(taxonomy.size).toBe(1)
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['ESCO_CONCEPT_NOT_RELEASED', 'ESCO_INVALID_URI', 'ESCO_ROW_WITHOUT_URI'])
    expect(diagnostics.map((d) => d.message).join(' ')).not.toContain('not a uri')
  })
})
