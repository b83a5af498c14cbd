import { describe, expect, it } from 'vitest'
import { statesRole } from './role-cue.js'

const at = (line: string, mention: string) => {
  const start = line.indexOf(mention)
  return statesRole(line, start, start + mention.length)
}

describe('statesRole', () => {
  it('accepts role statements, experience requirements, labels and title-like lines', () => {
    expect(at('Per importante cliente cerchiamo un magazziniere con patentino', 'magazziniere')).toBe(true)
    expect(at('WE ARE LOOKING FOR A SENIOR DATA SCIENTIST TO JOIN THE TEAM', 'DATA SCIENTIST')).toBe(true)
    expect(at('* Extensive experience as a Clinical Research Associate', 'Clinical Research Associate')).toBe(true)
    expect(at('Esperienza pregressa come cuoco di linea', 'cuoco di linea')).toBe(true)
    expect(at('Posizione: Addetto alle pulizie', 'Addetto alle pulizie')).toBe(true)
    expect(at('Senior CRA', 'CRA')).toBe(true)
  })

  it('refuses occupation words that name clients, missions, departments or examples', () => {
    expect(at('We help our customers make the world healthier, cleaner and safer for everyone we serve.', 'cleaner')).toBe(false)
    expect(at('You will build long-term relationships with physicians and hospital pharmacists across the region.', 'physicians')).toBe(false)
    expect(at('Il percorso offre contenuti specialistici come la Direzione Medica e gli Affari Regolatori', 'Medica')).toBe(false)
    expect(at('Work closely with sales, marketing and customer service to improve the experience.', 'customer service')).toBe(false)
    expect(at('Skills such as a driver license and good English are a plus for the role.', 'driver')).toBe(false)
  })
})
