import { calibrationMs, cpuPressure, hostLine } from './host-load.mjs';

describe('the host line printed beside every bench', () => {
  it('reads the "some" line of /proc/pressure/cpu', () => {
    const text =
      'some avg10=12.50 avg60=3.25 avg300=1.00 total=42\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n';
    expect(cpuPressure(() => text)).toEqual({ avg10: 12.5, avg60: 3.25 });
  });

  it('says nothing of pressure where the kernel keeps none', () => {
    expect(
      cpuPressure(() => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      }),
    ).toBeUndefined();
    expect(cpuPressure(() => 'full avg10=0.00 avg60=0.00 avg300=0.00 total=0\n')).toBeUndefined();
  });

  it('times the same fixed work each call', () => {
    const time = calibrationMs();
    expect(time).toBeGreaterThan(0);
    expect(Number.isFinite(time)).toBe(true);
  });

  it('names cores, load, pressure and the fixed work in one line', () => {
    expect(hostLine('before')).toMatch(
      /^Host before: \d+ cores, load \d+\.\d, CPU pressure (\d+\.\d % \(10 s\) \/ \d+\.\d % \(60 s\)|unknown \(no \/proc\/pressure\/cpu\)), fixed work \d+ ms$/,
    );
  });
});
