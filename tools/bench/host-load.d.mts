/** Linux's CPU pressure ("some"), in % of the last 10 and 60 s. */
export interface CpuPressure {
  readonly avg10: number;
  readonly avg60: number;
}

export function cpuPressure(read?: () => string): CpuPressure | undefined;

export function calibrationMs(): number;

export function hostLine(when: string): string;
