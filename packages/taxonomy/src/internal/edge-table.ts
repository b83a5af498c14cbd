/** The edges of a token trie: the child of a node along a key id, or 0 (the root, never a child) when none. */
export interface EdgeTable {
  child(node: number, key: number): number
}

/**
 * Puts the edges of a trie given as one map per node (`children[node].get(key) === child`) in typed
 * arrays: the root's indexed by key, the others in one open-addressing hash table. Smaller than a map
 * per node, and a lookup is a hash and a few array reads.
 */
export function createEdgeTable(children: readonly ReadonlyMap<number, number>[]): EdgeTable {
  let count = 0
  for (let node = 1; node < children.length; node++) count += (children[node] as ReadonlyMap<number, number>).size
  // A power of two at least twice the number of edges, so linear probing stays short.
  let capacity = 16
  while (capacity < count * 2) capacity *= 2
  const mask = capacity - 1
  const nodes = new Int32Array(capacity)
  const keys = new Int32Array(capacity)
  const targets = new Int32Array(capacity)
  // Every walk starts at the root, and most end there: its edges are in an array indexed by key instead.
  const root = children[0] ?? new Map<number, number>()
  let keyCount = 0
  for (const key of root.keys()) keyCount = Math.max(keyCount, key + 1)
  const rootTargets = new Int32Array(keyCount)
  for (const [key, child] of root) rootTargets[key] = child
  for (let node = 1; node < children.length; node++) {
    for (const [key, child] of children[node] as ReadonlyMap<number, number>) {
      let slot = hash(node, key) & mask
      while (targets[slot] !== 0) slot = (slot + 1) & mask
      nodes[slot] = node
      keys[slot] = key
      targets[slot] = child
    }
  }
  return {
    child(node: number, key: number): number {
      if (node === 0) return key >= 0 && key < rootTargets.length ? (rootTargets[key] as number) : 0
      let slot = hash(node, key) & mask
      for (;;) {
        const target = targets[slot] as number
        if (target === 0 || (keys[slot] === key && nodes[slot] === node)) return target
        slot = (slot + 1) & mask
      }
    },
  }
}

function hash(node: number, key: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ key
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ (h >>> 13)
}
