import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

const FLUSH_AT = 1 << 20;

/**
 * A file written through a stream in ~1 MB chunks, waiting on `drain` so memory stays flat however big
 * the file gets. It is written under a temporary name and only renamed into place by `commit`.
 */
export class Sink {
  readonly #temp: string;
  #stream: WriteStream | null = null;
  #buffer = '';
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

  /** Returns a promise only when the caller must wait for the disk to catch up. */
  write(text: string): Promise<void> | undefined {
    this.#buffer += text;
    return this.#buffer.length >= FLUSH_AT ? this.#flush() : undefined;
  }

  async #flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = Buffer.from(this.#buffer, this.encoding);
    this.#buffer = '';
    this.bytes += chunk.length;
    if (!this.#stream!.write(chunk)) await once(this.#stream!, 'drain');
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
