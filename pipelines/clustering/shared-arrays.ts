/** Typed arrays over SharedArrayBuffers: worker threads read and write them without copies. */
export const sharedInt32 = (length: number) => new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
export const sharedFloat32 = (length: number) => new Float32Array(new SharedArrayBuffer(Math.max(1, length) * 4), 0, length);
