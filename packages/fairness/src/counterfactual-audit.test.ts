import { describe, expect, it } from 'vitest'
import { counterfactualAudit } from './counterfactual-audit.js'

const pairs = [
  { id: 'pair-1', a: 'Giulia, cameriera', b: 'Marco, cameriere' },
  { id: 'pair-2', a: 'Anna, infermiera', b: 'Luca, infermiere' },
]

describe('counterfactualAudit', () => {
  it('counts pairs with identical outcomes', async () => {
    const result = await counterfactualAudit(pairs, (cv) => ({ score: 0.7, words: cv.split(' ').length }))
    expect(result).toEqual({ total: 2, identical: 2, differing: [], rate: 1 })
  })

  it('reports the ids and paths of differing outcomes, never their values', async () => {
    const result = await counterfactualAudit(pairs, async (cv) => ({ score: 0.7, title: cv.split(', ')[1] }))
    expect(result.rate).toBe(0)
    expect(result.differing).toEqual([
      { id: 'pair-1', paths: ['$.title'] },
      { id: 'pair-2', paths: ['$.title'] },
    ])
    expect(JSON.stringify(result)).not.toMatch(/Giulia|Marco|cameri|infermi/)
  })

  it('uses a custom comparison, reporting $ when it differs where structure does not', async () => {
    const tolerant = await counterfactualAudit(pairs, (cv) => cv.length / 100, { compare: (x, y) => Math.abs(Number(x) - Number(y)) < 0.05 })
    expect(tolerant.identical).toBe(2)
    const strict = await counterfactualAudit(pairs, () => ({ n: 1 }), { compare: () => false })
    expect(strict.differing).toEqual([
      { id: 'pair-1', paths: ['$'] },
      { id: 'pair-2', paths: ['$'] },
    ])
  })

  it('evaluates variant a before b, pair after pair', async () => {
    const order: string[] = []
    await counterfactualAudit(pairs, (cv) => order.push(cv.split(',')[0] as string))
    expect(order).toEqual(['Giulia', 'Marco', 'Anna', 'Luca'])
  })

  it('has rate 1 for no pairs and rejects repeated ids', async () => {
    expect(await counterfactualAudit([], () => 1)).toEqual({ total: 0, identical: 0, differing: [], rate: 1 })
    await expect(counterfactualAudit([pairs[0], pairs[0]] as typeof pairs, () => 1)).rejects.toMatchObject({ code: 'FAIRNESS_INVALID_INPUT' })
  })
})
