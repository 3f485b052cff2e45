import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

const CHUNK = 1 << 20;

/**
 * A file written through a stream in ~1 MB chunks, waiting on `drain` so memory stays flat however big
 * the file gets. It is written under a temporary name and only renamed into place by `commit`.
 */
export class Sink {
  readonly #temp: string;
  #stream: WriteStream | null = null;
  #chunk = Buffer.allocUnsafe(CHUNK);
  #used = 0;
  bytes = 0;

  constructor(
    readonly path: string,
    readonly encoding: 'utf8' | 'utf16le',
  ) {
    this.#temp = `${path}.partial`;
  }

  async open(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    this.#stream = createWriteStream(this.#temp);
    await once(this.#stream, 'open');
  }

  /**
   * Encodes straight into a fixed chunk, so rows die young instead of piling up as a long string the
   * garbage collector keeps copying. Returns a promise only when the caller must wait for the disk.
   */
  write(text: string): Promise<void> | undefined {
    const worst = text.length * (this.encoding === 'utf8' ? 3 : 2);
    if (this.#used + worst <= this.#chunk.length) {
      this.#used += this.#chunk.write(text, this.#used, this.encoding);
      return undefined;
    }
    return this.#flush().then(() => {
      if (worst > this.#chunk.length) return this.#send(Buffer.from(text, this.encoding));
      this.#used += this.#chunk.write(text, this.#used, this.encoding);
      return undefined;
    });
  }

  #flush(): Promise<void> {
    if (this.#used === 0) return Promise.resolve();
    const full = this.#chunk.subarray(0, this.#used);
    this.#chunk = Buffer.allocUnsafe(CHUNK);
    this.#used = 0;
    return this.#send(full);
  }

  async #send(bytes: Buffer): Promise<void> {
    this.bytes += bytes.length;
    if (!this.#stream!.write(bytes)) await once(this.#stream!, 'drain');
  }

  async close(): Promise<void> {
    await this.#flush();
    const stream = this.#stream!;
    stream.end();
    await once(stream, 'finish');
  }

  commit(): Promise<void> {
    return rename(this.#temp, this.path);
  }

  async abort(): Promise<void> {
    this.#stream?.destroy();
    await rm(this.#temp, { force: true });
  }
}
