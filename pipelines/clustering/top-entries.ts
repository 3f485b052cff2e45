/**
 * The `top` entries with the highest weight, best first, ties broken by name: a bounded insertion list,
 * since a class can have hundreds of thousands of candidate features and only a handful are kept.
 */
export class TopEntries {
  readonly ids: number[] = [];
  readonly weights: number[] = [];

  constructor(private readonly top: number, private readonly name: (id: number) => string) {}

  private before(weight: number, id: number, i: number): boolean {
    return weight > this.weights[i] || (weight === this.weights[i] && this.name(id) < this.name(this.ids[i]));
  }

  offer(id: number, weight: number): void {
    if (this.ids.length === this.top && !this.before(weight, id, this.top - 1)) return;
    let i = Math.min(this.ids.length, this.top - 1);
    if (this.ids.length < this.top) {
      this.ids.push(id);
      this.weights.push(weight);
    }
    while (i > 0 && this.before(weight, id, i - 1)) {
      this.ids[i] = this.ids[i - 1];
      this.weights[i] = this.weights[i - 1];
      i--;
    }
    this.ids[i] = id;
    this.weights[i] = weight;
  }
}
