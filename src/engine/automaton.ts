/**
 * Aho-Corasick automaton over UTF-16 code units. Built once per list; a scan visits every character of the text
 * once and follows at most as many failure links as it took forward steps, so it is linear in the text whatever
 * the literals are.
 *
 * Characters are first mapped to dense classes (only characters that occur in some literal get one), and edges
 * live in contiguous sorted runs per node (CSR): no objects per node, good locality, and a
 * character that occurs in no literal sends the scan straight back to the root.
 */
export interface Automaton {
  /** Finds every occurrence of every literal. Calls back with the literal's index and its end (exclusive). */
  scan(text: string, onMatch: (literal: number, end: number) => void): void;
  readonly literalLengths: Int32Array;
  readonly size: number;
}

export function buildAutomaton(literals: string[]): Automaton {
  // Dense character classes; class 0 = in no literal.
  const classOf = new Uint16Array(65536);
  let classes = 1;
  let totalChars = 0;
  for (const lit of literals) {
    totalChars += lit.length;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  if (classes >= 65535) throw new Error('too many distinct characters in the list');

  const maxNodes = totalChars + 1;
  let cap = 1;
  while (cap < maxNodes * 2) cap <<= 1;
  const mask = cap - 1;
  // Edge table for building: (node, class) -> child, open addressing over typed arrays.
  const keyNode = new Int32Array(cap).fill(-1);
  const keyClass = new Uint16Array(cap);
  const vals = new Int32Array(cap);
  const slot = (node: number, cls: number): number => {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) >>> 0;
    for (;;) {
      const i = h & mask;
      const k = keyNode[i]!;
      if (k === -1 || (k === node && keyClass[i] === cls)) return i;
      h++;
    }
  };
  const get = (node: number, cls: number): number => {
    const i = slot(node, cls);
    return keyNode[i] === -1 ? -1 : vals[i]!;
  };

  const firstChild = new Int32Array(maxNodes).fill(-1);
  const nextSibling = new Int32Array(maxNodes).fill(-1);
  const nodeClass = new Int32Array(maxNodes);
  const outFirst = new Int32Array(maxNodes).fill(-1);
  const outNext = new Int32Array(literals.length);
  let nodes = 1;
  literals.forEach((lit, li) => {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const cls = classOf[lit.charCodeAt(i)]!;
      const s = slot(node, cls);
      if (keyNode[s] === -1) {
        keyNode[s] = node;
        keyClass[s] = cls;
        vals[s] = nodes;
        nodeClass[nodes] = cls;
        nextSibling[nodes] = firstChild[node]!;
        firstChild[node] = nodes;
        nodes++;
      }
      node = vals[s]!;
    }
    outNext[li] = outFirst[node]!;
    outFirst[node] = li;
  });

  // Breadth-first failure links; `dict` points to the nearest proper suffix node that ends a literal.
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  const queue = new Int32Array(nodes);
  let qEnd = 0;
  for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) queue[qEnd++] = c;
  for (let qi = 0; qi < qEnd; qi++) {
    const node = queue[qi]!;
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
      const cls = nodeClass[child]!;
      let f = fail[node]!;
      let target = get(f, cls);
      while (target === -1 && f !== 0) {
        f = fail[f]!;
        target = get(f, cls);
      }
      const fc = target !== -1 && target !== child ? target : 0;
      fail[child] = fc;
      dict[child] = outFirst[fc]! >= 0 ? fc : dict[fc]!;
      queue[qEnd++] = child;
    }
  }

  // The root's edges in a dense table: most characters of most texts start nothing, and this keeps them cheap.
  const rootNext = new Int32Array(classes);
  for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) rootNext[nodeClass[c]!] = c;
  // Every other node's edges, contiguous and sorted by class: a node's edges sit together in memory, and most
  // nodes have one.
  const edgeStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) {
    let k = 0;
    for (let c = firstChild[n]!; c >= 0; c = nextSibling[c]!) k++;
    edgeStart[n + 1] = edgeStart[n]! + k;
  }
  const edgeClass = new Uint16Array(edgeStart[nodes]!);
  const edgeTarget = new Int32Array(edgeStart[nodes]!);
  for (let n = 0; n < nodes; n++) {
    const kids: number[] = [];
    for (let c = firstChild[n]!; c >= 0; c = nextSibling[c]!) kids.push(c);
    kids.sort((a, b) => nodeClass[a]! - nodeClass[b]!);
    kids.forEach((c, i) => {
      edgeClass[edgeStart[n]! + i] = nodeClass[c]!;
      edgeTarget[edgeStart[n]! + i] = c;
    });
  }
  const step = (node: number, cls: number): number => {
    let lo = edgeStart[node]!;
    let hi = edgeStart[node + 1]!;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (edgeClass[lo] === cls) return edgeTarget[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = edgeClass[mid]!;
      if (c === cls) return edgeTarget[mid]!;
      if (c < cls) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
  const hasOut = new Uint8Array(nodes);
  for (let n = 1; n < nodes; n++) if (outFirst[n]! >= 0 || dict[n]! >= 0) hasOut[n] = 1;
  const literalLengths = Int32Array.from(literals, (l) => l.length);

  return {
    literalLengths,
    size: nodes,
    scan(text, onMatch) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const cls = classOf[text.charCodeAt(i)]!;
        if (cls === 0) { node = 0; continue; }
        let next = node === 0 ? rootNext[cls]! : step(node, cls);
        while (next === -1) {
          node = fail[node]!;
          next = node === 0 ? rootNext[cls]! : step(node, cls);
        }
        node = next;
        if (hasOut[node] === 1) {
          for (let n = node; n >= 0; n = dict[n]!) {
            for (let o = outFirst[n]!; o >= 0; o = outNext[o]!) onMatch(o, i + 1);
          }
        }
      }
    },
  };
}
