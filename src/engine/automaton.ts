/**
 * Aho-Corasick automaton over UTF-16 code units. Built once per list; a scan visits every character of the text
 * once and follows at most as many failure links as it took forward steps, so it is linear in the text whatever
 * the literals are.
 */
export interface Automaton {
  /** Finds every occurrence of every literal. Calls back with the literal's index and its end (exclusive). */
  scan(text: string, onMatch: (literal: number, end: number) => void): void;
  readonly literalLengths: Int32Array;
  readonly size: number;
}

export function buildAutomaton(literals: string[]): Automaton {
  // Trie in growable arrays; edges in a hash map keyed by node * 65536 + code unit.
  const edges = new Map<number, number>();
  const outFirst: number[] = [-1];
  const outNext: number[] = [];
  const outLit: number[] = [];
  let nodes = 1;
  literals.forEach((lit, li) => {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const key = node * 65536 + lit.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = nodes++;
        edges.set(key, next);
        outFirst.push(-1);
      }
      node = next;
    }
    outLit.push(li);
    outNext.push(outFirst[node]!);
    outFirst[node] = outLit.length - 1;
  });

  // Breadth-first failure links; `dict` points to the nearest proper suffix node that ends a literal.
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  const children: number[][] = Array.from({ length: nodes }, () => []);
  const childCode: number[][] = Array.from({ length: nodes }, () => []);
  for (const [key, child] of edges) {
    const parent = Math.floor(key / 65536);
    children[parent]!.push(child);
    childCode[parent]!.push(key % 65536);
  }
  const queue: number[] = [];
  for (const c of children[0]!) { fail[c] = 0; queue.push(c); }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!;
    const kids = children[node]!;
    const codes = childCode[node]!;
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k]!;
      const code = codes[k]!;
      let f = fail[node]!;
      let target: number | undefined;
      for (;;) {
        target = edges.get(f * 65536 + code);
        if (target !== undefined || f === 0) break;
        f = fail[f]!;
      }
      fail[child] = target !== undefined && target !== child ? target : 0;
      const fc = fail[child]!;
      dict[child] = outFirst[fc]! >= 0 ? fc : dict[fc]!;
      queue.push(child);
    }
  }

  // The root's edges in a dense table: most characters of most texts start nothing, and this keeps them cheap.
  const rootNext = new Int32Array(65536);
  for (let k = 0; k < children[0]!.length; k++) rootNext[childCode[0]![k]!] = children[0]![k]!;

  const first = Int32Array.from(outFirst);
  const nextOut = Int32Array.from(outNext);
  const litOf = Int32Array.from(outLit);
  const literalLengths = Int32Array.from(literals.map((l) => l.length));

  const emit = (node: number, end: number, onMatch: (literal: number, end: number) => void) => {
    for (let n = node; n >= 0; n = dict[n]!) {
      for (let o = first[n]!; o >= 0; o = nextOut[o]!) onMatch(litOf[o]!, end);
    }
  };

  return {
    literalLengths,
    size: nodes,
    scan(text, onMatch) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (node === 0) {
          node = rootNext[code]!;
        } else {
          let next = edges.get(node * 65536 + code);
          while (next === undefined) {
            node = fail[node]!;
            if (node === 0) { next = rootNext[code]!; break; }
            next = edges.get(node * 65536 + code);
          }
          node = next;
        }
        if (node !== 0 && (first[node]! >= 0 || dict[node]! >= 0)) emit(node, i + 1, onMatch);
      }
    },
  };
}
