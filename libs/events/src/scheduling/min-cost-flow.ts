// Min-cost flow by successive shortest paths (Dijkstra on reduced costs), stopping when no path
// lowers the cost any more: with negative arc costs it finds the cheapest flow of any value up to a cap.

export class MinCostFlow {
  private readonly head: Int32Array;
  private to: number[] = [];
  private next: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc and returns its index; `flowOn(index)` reads its flow after `run`. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.push(to, capacity, cost, this.head[from]);
    this.head[from] = e;
    this.push(from, 0, -cost, this.head[to]);
    this.head[to] = e + 1;
    return e;
  }

  private push(to: number, cap: number, cost: number, next: number): void {
    this.to.push(to);
    this.cap.push(cap);
    this.cost.push(cost);
    this.next.push(next);
  }

  flowOn(arc: number): number {
    return this.cap[arc ^ 1];
  }

  /** Sends flow from source to sink while a path has negative cost, up to maxFlow units. Returns flow and cost. */
  run(source: number, sink: number, maxFlow: number): { flow: number; cost: number } {
    const n = this.nodeCount;
    const to = Int32Array.from(this.to);
    const next = Int32Array.from(this.next);
    const cap = Float64Array.from(this.cap);
    const cost = Float64Array.from(this.cost);
    const head = this.head;
    const eps = 1e-9;

    // Potentials: Bellman-Ford (queue-based) from the source, since costs may be negative.
    const pot = new Float64Array(n).fill(Infinity);
    pot[source] = 0;
    const inQueue = new Uint8Array(n);
    const queue: number[] = [source];
    inQueue[source] = 1;
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi];
      inQueue[u] = 0;
      for (let e = head[u]; e >= 0; e = next[e]) {
        if (cap[e] <= 0) continue;
        const v = to[e];
        const d = pot[u] + cost[e];
        if (d < pot[v] - eps) {
          pot[v] = d;
          if (!inQueue[v]) {
            inQueue[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    for (let v = 0; v < n; v++) if (pot[v] === Infinity) pot[v] = 0;

    const dist = new Float64Array(n);
    const prevArc = new Int32Array(n);
    const done = new Uint8Array(n);
    const heap = new BinaryHeap(n);
    let flow = 0;
    let total = 0;
    while (flow < maxFlow) {
      dist.fill(Infinity);
      done.fill(0);
      prevArc.fill(-1);
      dist[source] = 0;
      heap.clear();
      heap.push(source, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === sink) break;
        const du = dist[u] + pot[u];
        for (let e = head[u]; e >= 0; e = next[e]) {
          if (cap[e] <= eps) continue;
          const v = to[e];
          if (done[v]) continue;
          const d = du + cost[e] - pot[v];
          if (d < dist[v] - 1e-12) {
            dist[v] = d;
            prevArc[v] = e;
            heap.push(v, d);
          }
        }
      }
      if (!done[sink]) break;
      const pathCost = dist[sink] + pot[sink] - pot[source];
      if (pathCost >= -eps) break;
      const ds = dist[sink];
      for (let v = 0; v < n; v++) pot[v] += done[v] ? dist[v] : ds;
      let push = maxFlow - flow;
      for (let v = sink; v !== source; v = to[prevArc[v] ^ 1]) push = Math.min(push, cap[prevArc[v]]);
      for (let v = sink; v !== source; v = to[prevArc[v] ^ 1]) {
        cap[prevArc[v]] -= push;
        cap[prevArc[v] ^ 1] += push;
      }
      flow += push;
      total += push * pathCost;
    }
    this.cap = Array.from(cap);
    return { flow, cost: total };
  }
}

/** A binary min-heap of (node, key) with duplicates allowed (lazy deletion by the caller). */
class BinaryHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0];
    const lastNode = this.nodes[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= lastKey) break;
      this.nodes[i] = this.nodes[child];
      this.keys[i] = this.keys[child];
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }
}
