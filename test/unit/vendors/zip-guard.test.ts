import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import { checkZipLimits } from '../../../electron/backend/vendors/zip-guard';

const limits = { maxEntries: 10, maxTotalBytes: 100_000 };
const refusal = (bytes: Uint8Array) => {
  try {
    checkZipLimits(bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
};

describe('checkZipLimits', () => {
  it('counts the parts and the bytes they really unpack to, stored or deflated', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(40_000).fill(65), 'b.bin': [new Uint8Array(1_000).fill(1), { level: 0 }] });
    expect(checkZipLimits(zip, limits)).toEqual({ entries: 2, totalBytes: 41_000 });
  });

  it('refuses a zip that declares more than the limit, with a message that says why', () => {
    const error = refusal(zipSync({ 'big.xml': new Uint8Array(150_000) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/unpacks to more than/);
    expect(error.issues).toEqual([{ path: ['file'], message: expect.stringMatching(/^Unpacks to more than/) }]);
  });

  it('refuses a zip that lies about its sizes, by counting while it inflates', () => {
    const zip = zipSync({ 'big.xml': new Uint8Array(150_000) });
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
    expect(refusal(zip).message).toMatch(/unpacks to more than/);
  });

  it('refuses too many parts, and names the count', () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, new Uint8Array(1)])));
    expect(refusal(zip).message).toMatch(/holds 11 parts/);
  });

  it('calls a damaged or foreign file damaged', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(100) });
    expect(refusal(zip.subarray(0, zip.length - 10)).message).toMatch(/may be damaged/);
    expect(refusal(new Uint8Array(64).fill(7)).message).toMatch(/may be damaged/);
  });
});
